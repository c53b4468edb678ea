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

/** The change broke these rules; the first one is the headline. */
export function brokenRules(problems: readonly RuleViolation[]): RosterResult<never> {
  const first = problems[0];
  return failWith({
    code: 'roster.rules-broken',
    message: first ? first.message : 'The change breaks a rule of the list.',
    ...(first ? { action: first.action } : {}),
    problems,
  });
}

/** What the change needed is not there (any more), or not ready. */
export function rosterRefusal(code: string, message: string): RosterResult<never> {
  return failWith({ code, message, problems: [] });
}
