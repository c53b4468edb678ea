import { z } from 'zod';
import { questionTypes, type QuestionType } from '../questionpro/question-types';

/**
 * The survey as Outpost keeps it on the laptop: QuestionPro's question objects reduced to
 * what capture needs, stamped with when they were fetched. Each fetch is its own version
 * (its own `id`), so a refresh never changes the questions under a draft that is open.
 */

export const localAnswerSchema = z.strictObject({
  answerID: z.int(),
  text: z.string().max(10_000),
  orderNumber: z.int(),
});
export type LocalAnswer = z.infer<typeof localAnswerSchema>;

export const localQuestionSchema = z.strictObject({
  questionID: z.int(),
  /** "Q2_1": the part before "_" names the group (contact information, matrix). */
  code: z.string().max(100),
  text: z.string().max(20_000),
  /** QuestionPro's group title on a group's first item, " " otherwise. */
  description: z.string().max(20_000),
  /** Kept as sent: a type Outpost does not know is shown read-only, never dropped. */
  type: z.string().max(100),
  orderNumber: z.int(),
  required: z.boolean(),
  answers: z.array(localAnswerSchema).max(10_000),
  /** Numeric range, when the survey defines one. */
  min: z.number().optional(),
  max: z.number().optional(),
});
export type LocalQuestion = z.infer<typeof localQuestionSchema>;

export const localSurveySchema = z.strictObject({
  /** `${accountId}/${surveyId}/${fetchedAt}`: one row per fetched version. */
  id: z.string().min(1).max(300),
  accountId: z.string().min(1).max(100),
  surveyId: z.int().positive(),
  name: z.string().max(1_000),
  fetchedAt: z.int().nonnegative(),
  questions: z.array(localQuestionSchema).max(5_000),
});
export type LocalSurvey = z.infer<typeof localSurveySchema>;

export const surveyKeyOf = (accountId: string, surveyId: number, fetchedAt: number): string =>
  `${accountId}/${surveyId}/${fetchedAt}`;

export const isKnownQuestionType = (type: string): type is QuestionType =>
  (questionTypes as readonly string[]).includes(type);

/** Questions that take an answer (presentation text and unknown types take none). */
export const isAnswerable = (question: LocalQuestion): boolean =>
  isKnownQuestionType(question.type) && question.type !== 'presentation_text';

/** Contact-information sub-fields, named by their answer's text as in the seed (FIRST_NAME, PHONE, …). */
export type ContactField = 'FIRST_NAME' | 'LAST_NAME' | 'PHONE' | 'EMAIL' | 'OTHER';

export function contactFieldOf(question: LocalQuestion): ContactField {
  const name = question.answers[0]?.text.toUpperCase() ?? '';
  return name === 'FIRST_NAME' || name === 'LAST_NAME' || name === 'PHONE' || name === 'EMAIL' ? name : 'OTHER';
}
