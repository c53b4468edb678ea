import { z } from 'zod';
import { createResponseRequestSchema } from '../questionpro/create-response';
import { answersSchema } from './answers';

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
  answered: z.int().nonnegative(),
  total: z.int().nonnegative(),
  /** The interview language (a `languageID` of the survey); absent or null: the survey's default. */
  languageID: z.int().nonnegative().nullable().optional(),
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
});
export type ResponseRow = z.infer<typeof responseRowSchema>;
