import { z } from 'zod';
import type { OperationSpec } from '../spec';

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

export const noInput = z.object({}).strict();

export const appOperations = {
  'app.info': { input: noInput, output: appInfoSchema, summary: 'Version, platform and data folder' },
  'app.status': { input: noInput, output: appStatusSchema, summary: 'Online state as the system sees it' },
} as const satisfies Record<string, OperationSpec>;
