import {
  answerKey,
  cellsOf,
  choicesOf,
  isAnswered,
  isNotApplicable,
  otherOf,
  ranksOf,
  textOf,
  type Answer,
  type Answers,
} from './answers';
import { entriesOf, type Entry } from './question-kinds';
import type { LocalQuestion } from './survey-model';

/**
 * The checks a field worker sees while typing and again at finalize, per entry (a question, a
 * matrix row, a text box, a contact field). Messages say what to do, in words that fit under
 * the field.
 */

export interface ValidationOptions {
  /**
   * While typing, an empty required field is not yet a mistake; at finalize it is.
   * Format checks (e-mail, phone, number) apply in both modes as soon as there is text.
   */
  requireAnswers: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function validateEmail(text: string): string | null {
  return EMAIL.test(text.trim()) ? null : 'Enter an e-mail address like name@example.org.';
}

export function validatePhone(text: string): string | null {
  const trimmed = text.trim();
  const digits = trimmed.replace(/\D/g, '').length;
  if (!PHONE_CHARACTERS.test(trimmed)) return 'A phone number has only digits, spaces, + ( ) - and dots.';
  if (digits < 6 || digits > 15) return 'A phone number has between 6 and 15 digits.';
  return null;
}

export function validateNumber(text: string, min?: number, max?: number): string | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return 'Enter a number, using digits and a . for decimals.';
  const value = Number(trimmed);
  if (min !== undefined && value < min) return `Enter a number of at least ${min}.`;
  if (max !== undefined && value > max) return `Enter a number of at most ${max}.`;
  return null;
}

export function validateSlider(text: string, range: LocalQuestion['range']): string | null {
  if (!range) return 'This slider has no range.';
  const problem = validateNumber(text, range.min, range.max);
  if (problem) return problem;
  const steps = (Number(text.trim()) - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? null : `Pick a value in steps of ${range.step}.`;
}

function validateChoices(
  entry: Extract<Entry, { kind: 'choices' }>,
  answer: Answer | undefined,
  atFinish: boolean,
): string | null {
  const picked = choicesOf(answer);
  const known = new Map(entry.choices.map((choice) => [choice.answerID, choice]));
  if (!picked.every((id) => known.has(id))) return 'An answer is no longer in this survey; pick again.';
  if (!entry.many && picked.length > 1) return 'Pick only one answer.';
  if (picked.length > 1 && picked.some((id) => known.get(id)?.notApplicable)) {
    return '“Not applicable” cannot go with another answer.';
  }
  // Like an empty required field, an empty "please specify" box is a mistake only at finalize.
  const needsOther = picked.some((id) => known.get(id)?.other);
  if (atFinish && needsOther && otherOf(answer).trim() === '') return 'Type the other answer.';
  return null;
}

function validateRanks(
  entry: Extract<Entry, { kind: 'rank' }>,
  answer: Answer | undefined,
  all: boolean,
): string | null {
  const ranks = ranksOf(answer);
  const known = new Set(entry.choices.map((choice) => String(choice.answerID)));
  if (!Object.keys(ranks).every((id) => known.has(id))) return 'A choice is no longer in this survey; rank again.';
  const given = Object.values(ranks).sort((a, b) => a - b);
  if (!given.every((rank, index) => rank === index + 1)) return 'Give each rank once: 1, 2, 3 … without gaps.';
  // Fail-safe reading: a required ranking ranks every choice.
  if (all && given.length < entry.choices.length) return 'Rank every choice.';
  return null;
}

function validateFormat(
  question: LocalQuestion,
  entry: Entry,
  answer: Answer | undefined,
  requireAll: boolean,
  atFinish: boolean,
): string | null {
  if (isNotApplicable(answer)) return entry.kind === 'choices' && entry.notApplicable ? null : 'Pick an answer.';
  switch (entry.kind) {
    case 'choices':
      return validateChoices(entry, answer, atFinish);
    case 'rank':
      return validateRanks(entry, answer, requireAll);
    case 'typed': {
      const text = textOf(answer);
      if (entry.format === 'email') return validateEmail(text);
      if (entry.format === 'phone') return validatePhone(text);
      if (entry.format === 'number') return validateNumber(text);
      if (entry.format === 'slider') return validateSlider(text, question.range);
      return null;
    }
    case 'cells': {
      const cells = cellsOf(answer);
      const known = new Set(entry.columns.map((column) => String(column.columnID)));
      if (!Object.keys(cells).every((id) => known.has(id))) return 'A column is no longer in this survey.';
      if (entry.format !== 'slider') return null;
      for (const value of Object.values(cells)) {
        if (value.trim() === '') continue;
        const problem = validateSlider(value, question.range);
        if (problem) return problem;
      }
      return null;
    }
  }
}

/** One entry's problem, or null. Fail-safe reading: `required` on a matrix or contact question applies to every row or field. */
export function validateEntry(
  question: LocalQuestion,
  entry: Entry,
  answer: Answer | undefined,
  options: ValidationOptions,
): string | null {
  const mustAnswer = options.requireAnswers && question.required;
  if (!isAnswered(answer)) return mustAnswer ? 'This question needs an answer.' : null;
  return validateFormat(question, entry, answer, mustAnswer, options.requireAnswers);
}

/** Problems by entry key (the entry's questionID as a string), in survey order. */
export function validateAnswers(
  questions: readonly LocalQuestion[],
  answers: Answers,
  options: ValidationOptions,
): Map<string, string> {
  const problems = new Map<string, string>();
  for (const question of questions) {
    for (const entry of entriesOf(question)) {
      const problem = validateEntry(question, entry, answers[answerKey(entry)], options);
      if (problem) problems.set(answerKey(entry), problem);
    }
  }
  return problems;
}
