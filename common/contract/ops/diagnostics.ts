import { z } from 'zod';
import { outboxStateSchema } from '../../outbox/outbox-item';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

export const DiagnosticsRequestSchema = z
  .object({
    /** How many outbox items are in each state: counts only, never an item. */
    outbox: z.partialRecord(outboxStateSchema, z.number().int().min(0)),
  })
  .strict();

export const DiagnosticsBundleSchema = z.object({
  fileName: z.string(),
  /** The zip, base64-encoded for the trip to the renderer, which saves it where the user chooses. */
  zipBase64: z.string(),
});
export type DiagnosticsBundle = z.infer<typeof DiagnosticsBundleSchema>;

export const NoticesSchema = z.object({
  /** Every production dependency's name, version, licence and notice text, as generated at build. */
  text: z.string(),
});

export const diagnosticsOperations = {
  'diagnostics.save': {
    input: DiagnosticsRequestSchema,
    output: DiagnosticsBundleSchema,
    summary: 'One zip for support: redacted logs, versions, settings, outbox counts; no secret, no respondent data',
  },
  'app.notices': {
    input: noInput,
    output: NoticesSchema,
    summary: 'Third-party licence notices shipped with this version',
  },
} as const satisfies Record<string, OperationSpec>;
