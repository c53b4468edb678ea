import { z } from 'zod';
import { entriesOf, entryKey, type Entry } from './question-kinds';
import type { LocalQuestion } from './survey-model';

/**
 * What the field worker entered for one responseSet entry (a question, a matrix row, a text box
 * or a contact field), kept by that entry's questionID as a string, because IndexedDB and JSON
 * keys are strings:
 * - `choices`: answer or column IDs picked; `other` is the "other, please specify" text;
 * - `text`: typed text, a number or a slider's value;
 * - `cells`: a matrix row's typed cells or sliders, by columnID;
 * - `ranks`: rank order, by answerID (1 = first);
 * - `notApplicable`: the row's "not applicable" was picked.
 */
const idKey = z.string().regex(/^\d{1,15}$/);

export const answerSchema = z.union([
  z.strictObject({ choices: z.array(z.int()).max(1_000), other: z.string().max(10_000).optional() }),
  z.strictObject({ text: z.string().max(100_000) }),
  z.strictObject({ cells: z.record(idKey, z.string().max(10_000)) }),
  z.strictObject({ ranks: z.record(idKey, z.int().positive().max(10_000)) }),
  z.strictObject({ notApplicable: z.literal(true) }),
]);
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = z.record(idKey, answerSchema);
export type Answers = z.infer<typeof answersSchema>;

export const answerKey = entryKey;

export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  if ('choices' in answer) return answer.choices.length > 0;
  if ('text' in answer) return answer.text.trim() !== '';
  if ('cells' in answer) return Object.values(answer.cells).some((cell) => cell.trim() !== '');
  if ('ranks' in answer) return Object.keys(answer.ranks).length > 0;
  return true;
}

export function choicesOf(answer: Answer | undefined): readonly number[] {
  return answer && 'choices' in answer ? answer.choices : [];
}

export function otherOf(answer: Answer | undefined): string {
  return answer && 'choices' in answer ? (answer.other ?? '') : '';
}

export function textOf(answer: Answer | undefined): string {
  return answer && 'text' in answer ? answer.text : '';
}

export function cellsOf(answer: Answer | undefined): Readonly<Record<string, string>> {
  return answer && 'cells' in answer ? answer.cells : {};
}

export function ranksOf(answer: Answer | undefined): Readonly<Record<string, number>> {
  return answer && 'ranks' in answer ? answer.ranks : {};
}

export const isNotApplicable = (answer: Answer | undefined): boolean => !!answer && 'notApplicable' in answer;

export function entriesOfAll(questions: readonly LocalQuestion[]): Entry[] {
  return questions.flatMap(entriesOf);
}
