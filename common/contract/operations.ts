import { z } from 'zod';
import type { OperationName } from './names';

const noInput = z.object({}).strict();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['win32', 'darwin', 'linux', 'other']),
  dataFolder: z.string(),
  /** How the renderer is hosted: the packaged Electron shell or the browser host used for testing. */
  host: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appStatusSchema = z.object({
  /** What the operating system says about the network; the sync engine probes the services itself. */
  online: z.boolean(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export interface OperationSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** One line for people reading logs and docs. */
  readonly summary: string;
}

/** The one map from operation name to its input and output: main, preload and renderer all derive from it. */
export const operations = {
  'app.info': { input: noInput, output: appInfoSchema, summary: 'Version, platform and data folder' },
  'app.status': { input: noInput, output: appStatusSchema, summary: 'Online state as the system sees it' },
} as const satisfies Record<OperationName, OperationSpec>;

export type Operations = typeof operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type ParsedOperationInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;
