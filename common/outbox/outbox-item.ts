import { z } from 'zod';
import { ServiceErrorSchema } from '../errors/service-error';
import { qmobRespondentSchema } from '../qmob/schemas';
import { createResponseRequestSchema } from '../questionpro/create-response';

/**
 * Where an outbox item stands. `import-started` exists because QMob reports the
 * final result of add_respondent only to a callback URL.
 */
export const outboxStates = [
  'queued',
  'sending',
  'delivered',
  'retry-wait',
  'needs-attention',
  'import-started',
  'replaced',
  'discarded',
] as const;
export const outboxStateSchema = z.enum(outboxStates);
export type OutboxState = z.infer<typeof outboxStateSchema>;

export const outboxServiceSchema = z.enum(['questionpro', 'qmob']);
export type OutboxService = z.infer<typeof outboxServiceSchema>;

/** What an item asks of a server; one variant per kind of delivery. */
export const outboxPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('questionpro.create-response'),
    surveyId: z.number().int(),
    /** The local response this item delivers. */
    responseId: z.string(),
    body: createResponseRequestSchema,
  }),
  z.object({
    kind: z.literal('questionpro.delete-response'),
    surveyId: z.number().int(),
    /** The local response removed from QuestionPro: one a later response corrects. */
    responseId: z.string(),
    /** QuestionPro's id of that response (its create item's serverId). */
    serverResponseId: z.number().int().positive(),
    /** The correction's outbox item: the old response goes only once the correction is on QuestionPro. */
    correctionItemId: z.string(),
  }),
  z.object({
    kind: z.literal('qmob.add-respondents'),
    listId: z.string(),
    noPassword: z.boolean(),
    overwrite: z.boolean(),
    respondents: z.array(qmobRespondentSchema).min(1),
    /**
     * An edit's follow-up: the one respondent is on QMob already and this sends their new details
     * (edit-respondent), said "Update amina.k in …". QMob is asked nothing else (overwrite does it);
     * absent on every other add, and on adds queued before this field (outbox-words reads their label).
     */
    update: z.literal(true).optional(),
  }),
  z.object({
    kind: z.literal('qmob.copy-respondents'),
    listId: z.string(),
    usernames: z.array(z.string()).min(1),
  }),
  z.object({
    kind: z.literal('qmob.remove-respondents'),
    listId: z.string(),
    usernames: z.array(z.string()).min(1),
  }),
]);
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;
export type OutboxKind = OutboxPayload['kind'];

export const serviceOfKind = (kind: OutboxKind): OutboxService =>
  kind.startsWith('questionpro.') ? 'questionpro' : 'qmob';

export const outboxAttemptSchema = z.object({
  at: z.number(),
  /**
   * `verified`: a later look-up found the item held once on the server; `repaired`:
   * it found copies (a request held past every timeout and stored late) and removed them.
   */
  outcome: z.enum(['delivered', 'adopted', 'failed', 'unknown', 'import-started', 'verified', 'repaired']),
  /** The error as the connector reported it: the server's words verbatim, the catalogue's explanation and action. */
  error: ServiceErrorSchema.optional(),
  /** For `repaired`: the server ids of the copies removed (the oldest response is the one kept). */
  removed: z.array(z.string()).optional(),
  /** What the server said when it accepted (QMob: "Respondents copied to list 1001"), verbatim, as support asks for it. */
  serverMessage: z.string().optional(),
});
export type OutboxAttempt = z.infer<typeof outboxAttemptSchema>;

export const outboxItemSchema = z.object({
  id: z.uuid(),
  accountId: z.string(),
  service: outboxServiceSchema,
  payload: outboxPayloadSchema,
  /** A short label for lists: the survey's or list's name. */
  label: z.string(),
  state: outboxStateSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
  nextAttemptAt: z.number().nullable(),
  attempts: z.array(outboxAttemptSchema),
  /** Why the item waits or needs attention; null once delivered. */
  problem: ServiceErrorSchema.nullable(),
  /** The server's ID once delivered (QuestionPro responseID, QMob import id). */
  serverId: z.string().nullable(),
  /** Corrections: a new item replaces an old one; both keep the link. */
  replaces: z.string().nullable(),
  replacedBy: z.string().nullable(),
  /** True where a repeat of this operation on the server is harmless (QMob overwrite semantics). */
  idempotent: z.boolean(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
