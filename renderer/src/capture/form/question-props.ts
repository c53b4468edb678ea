import type { Answer, LocalQuestion } from '../../../../common/capture';

export interface QuestionProps {
  question: LocalQuestion;
  answer: Answer | undefined;
  /** Shown under the field; the space is always reserved so nothing jumps. */
  problem: string | null;
  onAnswer(questionId: string, answer: Answer): void;
  onTouched(questionId: string): void;
}

export const fieldId = (question: LocalQuestion, part = 'field'): string => `q${question.questionID}-${part}`;
