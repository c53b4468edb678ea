import { z } from 'zod';
import type { LocalQuestion } from './survey-model';
import { isAnswerable } from './survey-model';

/**
 * What the field worker entered for one question: the answer IDs picked (radio, dropdown,
 * checkbox, matrix row) or the text typed (text, numeric, contact sub-field). Kept by
 * questionID as a string, because IndexedDB and JSON keys are strings.
 */
export const answerSchema = z.union([
  z.strictObject({ choices: z.array(z.int()).max(1_000) }),
  z.strictObject({ text: z.string().max(100_000) }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.record(z.string().regex(/^\d+$/), answerSchema);
export type Answers = z.infer<typeof answersSchema>;

export const answerKey = (question: Pick<LocalQuestion, 'questionID'>): string => String(question.questionID);

export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  return 'choices' in answer ? answer.choices.length > 0 : answer.text.trim() !== '';
}

export function choicesOf(answer: Answer | undefined): readonly number[] {
  return answer && 'choices' in answer ? answer.choices : [];
}

export function textOf(answer: Answer | undefined): string {
  return answer && 'text' in answer ? answer.text : '';
}

export interface Progress {
  answered: number;
  total: number;
}

/** How far a draft is: answered questions out of those that take an answer. */
export function progressOf(questions: readonly LocalQuestion[], answers: Answers): Progress {
  let answered = 0;
  let total = 0;
  for (const question of questions) {
    if (!isAnswerable(question)) continue;
    total += 1;
    if (isAnswered(answers[answerKey(question)])) answered += 1;
  }
  return { answered, total };
}
