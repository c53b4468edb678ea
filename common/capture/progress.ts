import { answerKey, isAnswered, type Answers } from './answers';
import { entriesOf, isAnswerable } from './question-kinds';
import { questionsOnRoute, routeOf } from './routing';
import type { LocalQuestion, LocalSurvey } from './survey-model';
import { validateEntry } from './validation';

/**
 * What counts as a question: one definition for the survey library's count, the form's progress
 * ("3 of 9 questions answered"), its numbering and its "need attention" count, so that they always agree.
 *
 * A question is an item Outpost can capture that takes an answer (isAnswerable). Groups are not
 * questions of their own: a section is a heading over its questions, and a matrix or a contact
 * form is one question however many rows or fields it has (its rows are not numbered). Descriptive
 * items (presentation text, section headings) and questions Outpost cannot capture are shown
 * without a number and are not counted. QuestionPro's own codes (Q1, Q2…) count every item and
 * may skip or repeat: they stay in exports, where they name the server's questions.
 */
export const countsAsQuestion = isAnswerable;

export const questionCount = (questions: readonly LocalQuestion[]): number => questions.filter(countsAsQuestion).length;

/**
 * The questions' numbers, 1, 2, 3… without gaps, along the questions given (the sections the
 * route visits, in survey order): a branch that skips a section does not leave a hole in the numbers.
 */
export function questionNumbers(questions: readonly LocalQuestion[]): ReadonlyMap<number, number> {
  const numbers = new Map<number, number>();
  for (const question of questions) if (countsAsQuestion(question)) numbers.set(question.questionID, numbers.size + 1);
  return numbers;
}

/**
 * Answered, for progress: it has an answer and nothing in it needs attention at Finish (a required
 * matrix has every row answered, a phone number is a phone number). So "9 of 9 answered" never
 * sits beside "1 question needs attention".
 */
export function isQuestionAnswered(question: LocalQuestion, answers: Answers): boolean {
  const entries = entriesOf(question);
  return (
    entries.some((entry) => isAnswered(answers[answerKey(entry)])) &&
    entries.every(
      (entry) => validateEntry(question, entry, answers[answerKey(entry)], { requireAnswers: true }) === null,
    )
  );
}

export interface Progress {
  answered: number;
  total: number;
}

/** How far a draft is, in questions (see countsAsQuestion). */
export function progressOf(questions: readonly LocalQuestion[], answers: Answers): Progress {
  const counted = questions.filter(countsAsQuestion);
  return {
    answered: counted.filter((question) => isQuestionAnswered(question, answers)).length,
    total: counted.length,
  };
}

/**
 * How far a response with these answers is, along the sections its route visits so far: what a
 * draft stores when saved, and what the drafts list shows (it recomputes it: see draft-cards).
 */
export const progressOnRoute = (survey: LocalSurvey, answers: Answers): Progress =>
  progressOf(questionsOnRoute(survey, routeOf(survey, answers)), answers);

/** How many questions have a problem, from problems by entry key (validateAnswers): what "need attention" counts. */
export function questionsWithProblems(
  questions: readonly LocalQuestion[],
  problems: ReadonlyMap<string, unknown>,
): number {
  return questions.filter((question) => entriesOf(question).some((entry) => problems.has(answerKey(entry)))).length;
}
