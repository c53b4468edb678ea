import { defineMessages, inEnglish, said, toPhrase, type Said } from '../i18n/phrase';
import { failWith, type AppError, type Result } from '../result';
import type { RuleViolation } from './rule-violation';

/**
 * Why a roster change was refused: the rules it broke, each with its row, words and action
 * (the form and the list show them where they are), or none when the change had nothing left
 * to work on (a list deleted meanwhile). Returned in the common Result by every roster data
 * function, never thrown.
 */
export interface RosterError extends AppError {
  readonly problems: readonly RuleViolation[];
}

export type RosterResult<T> = Result<T, RosterError>;

const words = defineMessages({
  rulesBroken: { id: 'roster.rulesBroken', defaultMessage: 'The change breaks a rule of the list.' },
});

/** The change broke these rules; the first one is the headline (its phrases travel with it). */
export function brokenRules(problems: readonly RuleViolation[]): RosterResult<never> {
  const first = problems[0];
  if (!first) return failWith({ code: 'roster.rules-broken', ...sentence(said(words.rulesBroken)), problems });
  return failWith({
    code: 'roster.rules-broken',
    message: first.message,
    action: first.action,
    words: first.words,
    problems,
  });
}

const sentence = (message: Said): Pick<AppError, 'message' | 'words'> => ({
  message: inEnglish(message),
  words: { message: toPhrase(message) },
});

/** The refusals of roster changes, for rosterRefusal. */
export const refusalWords = defineMessages({
  listMissing: { id: 'roster.refusal.listMissing', defaultMessage: 'The list no longer exists.' },
  copyTargetMissing: {
    id: 'roster.refusal.copyTargetMissing',
    defaultMessage: 'The list to copy to no longer exists.',
  },
  importRunning: {
    id: 'roster.refusal.importRunning',
    defaultMessage: 'An import into this list has not finished yet; send when it has.',
  },
  respondentMissing: { id: 'roster.refusal.respondentMissing', defaultMessage: 'The respondent no longer exists.' },
});

/** What the change needed is not there (any more), or not ready. */
export function rosterRefusal(code: string, message: Said): RosterResult<never> {
  return failWith({ code, ...sentence(message), problems: [] });
}
