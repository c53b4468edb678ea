import { z } from 'zod';
import { createResponseRequestSchema } from '../questionpro/create-response';
import { answersSchema } from './answers';

/**
 * Whether the interview's position was recorded, and how sure the laptop was (metres: the radius
 * it is 68 % sure of), or why not: refused, not available, turned off, or still being found.
 */
export const positionSchema = z.strictObject({
  state: z.enum(['waiting', 'recorded', 'denied', 'unavailable', 'off']),
  accuracy: z.number().nonnegative().optional(),
  at: z.number().optional(),
});
export type Position = z.infer<typeof positionSchema>;

/** A response being captured: saved on every change, so a crash loses at most the field being typed. */
export const draftRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  surveyKey: z.string().min(1).max(300),
  surveyName: z.string().max(1_000),
  answers: answersSchema,
  startedAt: z.number(),
  updatedAt: z.number(),
  firstAnswerAt: z.number().nullable(),
  lastAnswerAt: z.number().nullable(),
  location: z.strictObject({ latitude: z.number(), longitude: z.number() }).nullable(),
  position: positionSchema.optional(),
  /** Lower-cased survey name and who the respondent is, for finding a draft (a blind index, like responses'). */
  searchText: z.string().max(2_000).optional(),
  searchWords: z.array(z.string().max(40)).max(300).optional(),
  /** Progress as it was counted when the draft was last saved; the drafts list counts it anew (see progressOnRoute). */
  answered: z.int().nonnegative(),
  total: z.int().nonnegative(),
  /** The interview language (a `languageID` of the survey); absent or null: the survey's default. */
  languageID: z.int().nonnegative().nullable().optional(),
  /**
   * A correction of a finished response: `replace` while it waits in the outbox, `follow-up` (a new
   * response linked to it) once QuestionPro has it; `deleteOld` asks for the old one to go there.
   */
  corrects: z
    .strictObject({
      responseId: z.string().min(1).max(100),
      mode: z.enum(['replace', 'follow-up']),
      deleteOld: z.boolean(),
    })
    .optional(),
});
export type DraftRow = z.infer<typeof draftRowSchema>;

/**
 * A finalized response: immutable. What is sent is the outbox item's payload (the same body,
 * kept here too so that the responses view and CSV never depend on the outbox's lifetime).
 */
export const responseRowSchema = z.strictObject({
  id: z.string().min(1).max(100),
  surveyKey: z.string().min(1).max(300),
  surveyId: z.int().positive(),
  accountId: z.string().min(1).max(100),
  surveyName: z.string().max(1_000),
  /** Finalized rows never change; delivery state lives on the outbox item. */
  state: z.literal('finalized'),
  finalizedAt: z.number(),
  outboxId: z.string().min(1).max(100),
  answers: answersSchema,
  body: createResponseRequestSchema,
  /** Lower-cased typed answers and names, for the responses view's search. */
  searchText: z.string(),
  /** The words of searchText, indexed (multi-entry) so a search reads keys only. */
  searchWords: z.array(z.string().max(40)).max(300),
  /** Where it was taken (the coordinates are in the body's location, when shared). */
  position: positionSchema.optional(),
  /** Corrections: the delivered response this one corrects, and the newer one that corrects this. */
  corrects: z.string().max(100).optional(),
  correctedBy: z.string().max(100).optional(),
  /** The outbox item deleting this response on QuestionPro, when its correction asked for it. */
  deleteOutboxId: z.string().max(100).optional(),
  /** When a correction last replaced this response's answers before it was sent. */
  revisedAt: z.number().optional(),
});
export type ResponseRow = z.infer<typeof responseRowSchema>;
