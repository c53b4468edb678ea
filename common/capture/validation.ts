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
import { defineMessages, said, type Said } from '../i18n/phrase';
import { entriesOf, type Entry } from './question-kinds';
import type { LocalQuestion } from './survey-model';

/**
 * The checks a field worker sees while typing and again at finalize, per entry (a question, a
 * matrix row, a text box, a contact field). Each problem is a declared sentence (common/i18n/phrase),
 * said in the interface's language where it is shown, in words that say what to do and fit under the field.
 */

export interface ValidationOptions {
  /**
   * While typing, an empty required field is not yet a mistake; at finalize it is.
   * Format checks (e-mail, phone, number) apply in both modes as soon as there is text.
   */
  requireAnswers: boolean;
}

const words = defineMessages({
  email: { id: 'capture.validation.email', defaultMessage: 'Enter an e-mail address like name@example.org.' },
  phoneCharacters: {
    id: 'capture.validation.phoneCharacters',
    defaultMessage: 'A phone number has only digits, spaces, + ( ) - and dots.',
  },
  phoneDigits: { id: 'capture.validation.phoneDigits', defaultMessage: 'A phone number has between 6 and 15 digits.' },
  number: { id: 'capture.validation.number', defaultMessage: 'Enter a number, using digits and a . for decimals.' },
  noRange: { id: 'capture.validation.noRange', defaultMessage: 'This slider has no range.' },
  answerGone: {
    id: 'capture.validation.answerGone',
    defaultMessage: 'An answer is no longer in this survey; pick again.',
  },
  onlyOne: { id: 'capture.validation.onlyOne', defaultMessage: 'Pick only one answer.' },
  notApplicableAlone: {
    id: 'capture.validation.notApplicableAlone',
    defaultMessage: '“Not applicable” cannot go with another answer.',
  },
  typeOther: { id: 'capture.validation.typeOther', defaultMessage: 'Type the other answer.' },
  choiceGone: {
    id: 'capture.validation.choiceGone',
    defaultMessage: 'A choice is no longer in this survey; rank again.',
  },
  rankOnce: { id: 'capture.validation.rankOnce', defaultMessage: 'Give each rank once: 1, 2, 3 … without gaps.' },
  rankAll: { id: 'capture.validation.rankAll', defaultMessage: 'Rank every choice.' },
  pickAnswer: { id: 'capture.validation.pickAnswer', defaultMessage: 'Pick an answer.' },
  columnGone: { id: 'capture.validation.columnGone', defaultMessage: 'A column is no longer in this survey.' },
  required: { id: 'capture.validation.required', defaultMessage: 'This question needs an answer.' },
  atLeast: { id: 'capture.validation.atLeast', defaultMessage: 'Enter a number of at least {min, number}.' },
  atMost: { id: 'capture.validation.atMost', defaultMessage: 'Enter a number of at most {max, number}.' },
  steps: { id: 'capture.validation.steps', defaultMessage: 'Pick a value in steps of {step, number}.' },
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^\+?[0-9 ().-]+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export function validateEmail(text: string): Said | null {
  return EMAIL.test(text.trim()) ? null : said(words.email);
}

export function validatePhone(text: string): Said | null {
  const trimmed = text.trim();
  const digits = trimmed.replace(/\D/g, '').length;
  if (!PHONE_CHARACTERS.test(trimmed)) return said(words.phoneCharacters);
  if (digits < 6 || digits > 15) return said(words.phoneDigits);
  return null;
}

export function validateNumber(text: string, min?: number, max?: number): Said | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return said(words.number);
  const value = Number(trimmed);
  if (min !== undefined && value < min) return said(words.atLeast, { min });
  if (max !== undefined && value > max) return said(words.atMost, { max });
  return null;
}

export function validateSlider(text: string, range: LocalQuestion['range']): Said | null {
  if (!range) return said(words.noRange);
  const problem = validateNumber(text, range.min, range.max);
  if (problem) return problem;
  const steps = (Number(text.trim()) - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9 ? null : said(words.steps, { step: range.step });
}

function validateChoices(
  entry: Extract<Entry, { kind: 'choices' }>,
  answer: Answer | undefined,
  atFinish: boolean,
): Said | null {
  const picked = choicesOf(answer);
  const known = new Map(entry.choices.map((choice) => [choice.answerID, choice]));
  if (!picked.every((id) => known.has(id))) return said(words.answerGone);
  if (!entry.many && picked.length > 1) return said(words.onlyOne);
  if (picked.length > 1 && picked.some((id) => known.get(id)?.notApplicable)) {
    return said(words.notApplicableAlone);
  }
  // Like an empty required field, an empty "please specify" box is a mistake only at finalize.
  const needsOther = picked.some((id) => known.get(id)?.other);
  if (atFinish && needsOther && otherOf(answer).trim() === '') return said(words.typeOther);
  return null;
}

function validateRanks(entry: Extract<Entry, { kind: 'rank' }>, answer: Answer | undefined, all: boolean): Said | null {
  const ranks = ranksOf(answer);
  const known = new Set(entry.choices.map((choice) => String(choice.answerID)));
  if (!Object.keys(ranks).every((id) => known.has(id))) return said(words.choiceGone);
  const given = Object.values(ranks).sort((a, b) => a - b);
  if (!given.every((rank, index) => rank === index + 1)) return said(words.rankOnce);
  // Fail-safe reading: a required ranking ranks every choice.
  if (all && given.length < entry.choices.length) return said(words.rankAll);
  return null;
}

function validateFormat(
  question: LocalQuestion,
  entry: Entry,
  answer: Answer | undefined,
  requireAll: boolean,
  atFinish: boolean,
): Said | null {
  if (isNotApplicable(answer)) return entry.kind === 'choices' && entry.notApplicable ? null : said(words.pickAnswer);
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
      if (!Object.keys(cells).every((id) => known.has(id))) return said(words.columnGone);
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
): Said | null {
  const mustAnswer = options.requireAnswers && question.required;
  if (!isAnswered(answer)) return mustAnswer ? said(words.required) : null;
  return validateFormat(question, entry, answer, mustAnswer, options.requireAnswers);
}

/** Problems by entry key (the entry's questionID as a string), in survey order. */
export function validateAnswers(
  questions: readonly LocalQuestion[],
  answers: Answers,
  options: ValidationOptions,
): Map<string, Said> {
  const problems = new Map<string, Said>();
  for (const question of questions) {
    for (const entry of entriesOf(question)) {
      const problem = validateEntry(question, entry, answers[answerKey(entry)], options);
      if (problem) problems.set(answerKey(entry), problem);
    }
  }
  return problems;
}
