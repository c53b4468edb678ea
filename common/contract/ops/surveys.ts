import { z } from 'zod';
import { AccountIdSchema } from '../../accounts/index';
import { localSurveySchema } from '../../capture/survey-model';
import type { OperationSpec } from '../spec';

export const remoteSurveySchema = z.object({
  surveyId: z.int().positive(),
  name: z.string(),
  status: z.string().nullable(),
  questionCount: z.int().nonnegative().nullable(),
});
export type RemoteSurvey = z.infer<typeof remoteSurveySchema>;

/** Surveys: listed and downloaded in main (which holds the key); kept and answered in the renderer. */
export const surveyOperations = {
  'surveys.listRemote': {
    input: z.object({ accountId: AccountIdSchema }).strict(),
    output: z.array(remoteSurveySchema),
    summary: "The account's surveys on QuestionPro, all pages",
  },
  'surveys.download': {
    input: z.object({ accountId: AccountIdSchema, surveyId: z.int().positive() }).strict(),
    output: localSurveySchema,
    summary: 'One survey with its questions and answers, stamped with when it was fetched',
  },
} as const satisfies Record<string, OperationSpec>;
