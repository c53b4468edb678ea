import { answerKey, choicesOf, isAnswered, textOf, type Answer, type Answers } from './answers';
import { contactFieldOf, isAnswerable, type LocalQuestion } from './survey-model';

/**
 * The checks a field worker sees while typing and again at finalize. Messages say what
 * to do, in words that fit under the field.
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

function validateFormat(question: LocalQuestion, answer: Answer | undefined): string | null {
  const known = new Set(question.answers.map((choice) => choice.answerID));
  switch (question.type) {
    case 'multiple_choice_radio':
    case 'dropdown':
    case 'matrix_single': {
      const picked = choicesOf(answer);
      if (picked.length > 1) return 'Pick only one answer.';
      return picked.every((id) => known.has(id)) ? null : 'That answer is no longer in this survey; pick again.';
    }
    case 'multiple_choice_checkbox':
    case 'matrix_multiple':
      return choicesOf(answer).every((id) => known.has(id))
        ? null
        : 'An answer is no longer in this survey; pick again.';
    case 'numeric':
      return validateNumber(textOf(answer), question.min, question.max);
    case 'contact_info': {
      const field = contactFieldOf(question);
      if (field === 'EMAIL') return validateEmail(textOf(answer));
      if (field === 'PHONE') return validatePhone(textOf(answer));
      return null;
    }
    default:
      return null;
  }
}

/** One question's problem, or null. */
export function validateQuestion(
  question: LocalQuestion,
  answer: Answer | undefined,
  options: ValidationOptions,
): string | null {
  if (!isAnswerable(question)) return null;
  if (!isAnswered(answer)) return options.requireAnswers && question.required ? 'This question needs an answer.' : null;
  return validateFormat(question, answer);
}

/** Problems by questionID (as a string), in question order. */
export function validateAnswers(
  questions: readonly LocalQuestion[],
  answers: Answers,
  options: ValidationOptions,
): Map<string, string> {
  const problems = new Map<string, string>();
  for (const question of questions) {
    const problem = validateQuestion(question, answers[answerKey(question)], options);
    if (problem) problems.set(answerKey(question), problem);
  }
  return problems;
}
