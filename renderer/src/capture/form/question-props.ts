import type { Answer, Answers, LocalQuestion } from '../../../../common/capture';

export interface QuestionProps {
  question: LocalQuestion;
  /** Every answer of the draft, by entry key (the entry's responseSet questionID). */
  answers: Answers;
  /** Problems by entry key; the space under each field is always reserved so nothing jumps. */
  problems: ReadonlyMap<string, string>;
  onAnswer(entryKey: string, answer: Answer): void;
  onTouched(entryKey: string): void;
}

/** Ids start with the entry's questionID, so Finish can find the first field with a problem. */
export const fieldId = (entryQuestionID: number, part = 'field'): string => `q${entryQuestionID}-${part}`;
