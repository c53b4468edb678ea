import { createContext, useContext } from 'react';

/**
 * The form's question numbers (common/capture/progress: questionNumbers, along the route), given by
 * the form to every question's title. A question without one (none outside a form) shows none.
 */
export const QuestionNumbers = createContext<ReadonlyMap<number, number>>(new Map());

export const useQuestionNumber = (questionID: number): number | undefined =>
  useContext(QuestionNumbers).get(questionID);
