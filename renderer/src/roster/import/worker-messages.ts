import { z } from 'zod';
import { PhraseSchema } from '../../../../common/i18n/phrase';
import { columnMappingSchema } from '../../../../common/roster/column-mapping';
import { sampleFieldConfigSchema } from '../../../../common/roster/respondent';
import { ruleIds } from '../../../../common/roster/rule-violation';

/** Everything crossing the worker boundary is checked on arrival, in both directions. */

const encodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

export const importRequestSchema = z.object({
  accountId: z.string().min(1),
  encoding: encodingSchema,
  listId: z.string().min(1),
  headers: z.array(z.string()),
  signature: z.string(),
  mapping: columnMappingSchema,
  sampleFields: z.array(sampleFieldConfigSchema),
});

export const toWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('inspect'), file: z.instanceof(Blob), encoding: encodingSchema.optional() }),
  z.object({ type: z.literal('import'), file: z.instanceof(Blob), request: importRequestSchema }),
  z.object({ type: z.literal('cancel') }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const ruleViolationSchema = z.object({
  row: z.number(),
  column: z.string(),
  rule: z.enum(ruleIds),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  action: z.string(),
  words: z.object({ message: PhraseSchema, action: PhraseSchema }),
  username: z.string().optional(),
});

/** inspect-file's InspectionResult: the common Result, checked on arrival like every message. */
export const inspectionResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    value: z.object({
      encoding: encodingSchema,
      chosen: z.boolean(),
      invalidBytes: z.int().nonnegative(),
      layout: z.object({ delimiter: z.string(), newline: z.enum(['\n', '\r', '\r\n']) }),
      headers: z.array(z.string()),
      signature: z.string(),
      sampleRows: z.array(z.array(z.string())),
    }),
  }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

export const progressSchema = z.object({
  phase: z.enum(['checking', 'storing', 'undoing']),
  done: z.number(),
  total: z.number(),
  elapsedMs: z.number(),
  rowsRead: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  stored: z.number(),
});

export const readingProgressSchema = z.object({ bytesRead: z.number(), totalBytes: z.number(), elapsedMs: z.number() });
export type ReadingProgress = z.infer<typeof readingProgressSchema>;

export const importSummarySchema = z.object({
  encoding: encodingSchema,
  delimiter: z.string(),
  dataRows: z.number(),
  stored: z.number(),
  newRespondents: z.number(),
  rejectedRows: z.number(),
  errorCount: z.number(),
  warningCount: z.number(),
  /** The first problems, to show; the report holds all of them. */
  shown: z.array(ruleViolationSchema),
  report: z.instanceof(Blob),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('inspected'), result: inspectionResultSchema }),
  z.object({ type: z.literal('reading'), progress: readingProgressSchema }),
  z.object({ type: z.literal('progress'), progress: progressSchema }),
  z.object({ type: z.literal('done'), summary: importSummarySchema }),
  z.object({ type: z.literal('failed'), message: z.string(), cancelled: z.boolean() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
