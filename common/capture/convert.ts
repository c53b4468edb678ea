import { z } from 'zod';
import { surveyKeyOf, type LocalQuestion, type LocalSurvey } from './survey-model';

/**
 * QuestionPro's question objects → the local model. The API adds fields over time, so the
 * objects are read loosely; only what capture relies on is checked. Ids may come as numeric
 * strings.
 */

const idSchema = z.union([z.int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);

const remoteAnswerSchema = z.looseObject({
  answerID: idSchema,
  text: z.string().optional(),
  answerText: z.string().optional(),
  orderNumber: z.number().int().optional(),
});

const remoteQuestionSchema = z.looseObject({
  questionID: idSchema,
  code: z.string().optional(),
  questionCode: z.string().optional(),
  text: z.string().optional(),
  questionText: z.string().optional(),
  description: z.string().optional(),
  type: z.string().optional(),
  orderNumber: z.number().int().optional(),
  required: z.boolean().optional(),
  answers: z.array(remoteAnswerSchema).optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
});

export const remoteQuestionsSchema = z.array(remoteQuestionSchema);
export type RemoteQuestion = z.input<typeof remoteQuestionSchema>;

export interface RemoteSurveyInfo {
  accountId: string;
  surveyId: number;
  name: string;
  fetchedAt: number;
}

/** Throws a ZodError when the server's questions lack what capture needs. */
export function toLocalSurvey(info: RemoteSurveyInfo, rawQuestions: unknown): LocalSurvey {
  const parsed = remoteQuestionsSchema.parse(rawQuestions);
  const questions: LocalQuestion[] = parsed.map((question, index) => {
    const local: LocalQuestion = {
      questionID: question.questionID,
      code: question.code ?? question.questionCode ?? `Q${index + 1}`,
      text: question.text ?? question.questionText ?? '',
      description: question.description ?? ' ',
      type: question.type ?? 'unknown',
      orderNumber: question.orderNumber ?? index + 1,
      required: question.required ?? false,
      answers: (question.answers ?? []).map((answer, answerIndex) => ({
        answerID: answer.answerID,
        text: answer.text ?? answer.answerText ?? '',
        orderNumber: answer.orderNumber ?? answerIndex + 1,
      })),
    };
    if (question.minValue !== undefined) local.min = question.minValue;
    if (question.maxValue !== undefined) local.max = question.maxValue;
    return local;
  });
  questions.sort((a, b) => a.orderNumber - b.orderNumber);
  for (const question of questions) question.answers.sort((a, b) => a.orderNumber - b.orderNumber);
  return {
    id: surveyKeyOf(info.accountId, info.surveyId, info.fetchedAt),
    accountId: info.accountId,
    surveyId: info.surveyId,
    name: info.name,
    fetchedAt: info.fetchedAt,
    questions,
  };
}
