import type { z } from 'zod';
import { defineMessages, inEnglish, said, type DeclaredMessage, type Said } from './i18n/phrase';

/**
 * The one way zod's issues become words: "field.path: message" for each, with
 * `whole` naming the input itself when the issue is about all of it. At most
 * `limit` issues, so a bad file does not produce a page of them.
 */
export function issuesInWords(error: z.ZodError, whole = '(input)', limit = Number.POSITIVE_INFINITY): string[] {
  return error.issues.slice(0, limit).map((issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`);
}

/** The checks' declared messages by the English zod carries (zod keeps one string per issue). */
const declaredChecks = new Map<string, DeclaredMessage>();

/**
 * A schema check's message as a declared sentence: zod gets its English (what main logs and the
 * details above say); issueSaid finds the sentence again, so a person reads it in their language.
 */
export function checkMessage(message: DeclaredMessage): string {
  const english = inEnglish(said(message));
  declaredChecks.set(english, message);
  return english;
}

const words = defineMessages({
  tooLong: {
    id: 'common.check.tooLong',
    defaultMessage: '{max, plural, one {At most # character.} other {At most # characters.}}',
  },
  tooShort: {
    id: 'common.check.tooShort',
    defaultMessage: '{min, plural, one {At least # character.} other {At least # characters.}}',
  },
  notValid: { id: 'common.check.notValid', defaultMessage: 'This is not in the form expected here.' },
});

/**
 * One zod issue in words a person reads: the check's declared sentence, or what its kind of check
 * asks for. zod's own wording ("Too big: expected string to have <=100 characters") is for developers
 * and only in English, so it never reaches the interface.
 */
export function issueSaid(issue: z.core.$ZodIssue): Said {
  const declared = declaredChecks.get(issue.message);
  if (declared) return said(declared);
  if (issue.code === 'too_big' && issue.origin === 'string') return said(words.tooLong, { max: Number(issue.maximum) });
  if (issue.code === 'too_small' && issue.origin === 'string')
    return said(words.tooShort, { min: Number(issue.minimum) });
  return said(words.notValid);
}

/** One issue as a person reads it: where (the field's path, empty for the input itself) and what (its sentence). */
export interface IssueSaid {
  readonly path: readonly PropertyKey[];
  readonly said: Said;
}

/** Every issue of a failed check in words (issueSaid), at most `limit`, each with the field it is about. */
export function issuesSaid(error: z.ZodError, limit = Number.POSITIVE_INFINITY): IssueSaid[] {
  return error.issues.slice(0, limit).map((issue) => ({ path: issue.path, said: issueSaid(issue) }));
}
