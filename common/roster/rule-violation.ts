import { describeQmobError } from '../errors/qmob-catalogue';
import { defineMessages, inEnglish, said, toPhrase, type Phrase, type Said } from '../i18n/phrase';
import { qmobAddRespondentMessages, qmobRemoveMessages } from '../qmob/messages';

/** Every rule Outpost checks before anything is sent. */
export const ruleIds = [
  'username-missing',
  'username-characters',
  'username-too-long',
  'phone-characters',
  'phone-or-email-missing',
  'email-invalid',
  'sample-field-integer',
  'sample-field-required',
  'sample-field-unknown',
  'username-duplicate-in-file',
  'username-in-other-list',
  'preview-list-full',
  'removal-leaves-no-list',
  'csv-malformed-row',
  'csv-ragged-row',
  'text-invalid-bytes',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** One broken rule, where it is, and what to do; warnings do not stop a row. */
export interface RuleViolation {
  /** The row as a spreadsheet numbers it (the header is row 1); 0 for a form entry. */
  readonly row: number;
  /** The column (CSV header) or form field the problem is in. */
  readonly column: string;
  readonly rule: RuleId;
  readonly severity: 'error' | 'warning';
  /** What is wrong, in plain words (English: logs, tests, and the fallback of an unknown phrase). */
  readonly message: string;
  /** What to do about it, worded as the error catalogue words the same refusal from QMob (English). */
  readonly action: string;
  /**
   * The same two as phrases, said in the interface's language where they are shown (a violation
   * crosses the import worker's boundary and may be shown after the language changed).
   */
  readonly words: { readonly message: Phrase; readonly action: Phrase };
  /** The respondent concerned, when known: lets the UI point at them. */
  readonly username?: string;
}

/** The QMob message each rule anticipates, so local and server refusals read alike. */
const qmobMessageOf: Partial<Record<RuleId, (detail: string) => string>> = {
  'username-missing': () => qmobAddRespondentMessages.usernameMissing,
  'username-characters': () => qmobAddRespondentMessages.usernameCharset,
  'phone-characters': () => qmobAddRespondentMessages.phoneInvalid,
  'phone-or-email-missing': () => qmobAddRespondentMessages.phoneOrEmailMissing,
  'email-invalid': () => qmobAddRespondentMessages.emailInvalid,
  'sample-field-integer': (alias) => qmobAddRespondentMessages.fieldInvalid(alias),
  'sample-field-unknown': (alias) => qmobAddRespondentMessages.fieldInvalid(alias),
  'sample-field-required': (alias) => qmobAddRespondentMessages.fieldEmpty(alias),
  'preview-list-full': (max) => qmobAddRespondentMessages.previewListFull(Number(max)),
  'removal-leaves-no-list': (username) => qmobRemoveMessages.wouldLeaveWithoutList([username]),
};

export interface ViolationInput {
  row: number;
  column: string;
  rule: RuleId;
  message: Said;
  /** The respondent concerned, named in the action when known. */
  username?: string;
  /** The sample field alias, list maximum or username the QMob message carries. */
  detail?: string;
  severity?: 'error' | 'warning';
  /** For rules QMob has no message for. */
  action?: Said;
}

const words = defineMessages({
  correct: { id: 'roster.rule.correct', defaultMessage: 'Correct the value and try again.' },
});

/** What to do, as the error catalogue says it for the QMob refusal the rule anticipates. */
function actionOf(input: ViolationInput, username: string | undefined): { english: string; phrase: Phrase } {
  const own = (sentence: Said) => ({ english: inEnglish(sentence), phrase: toPhrase(sentence) });
  if (input.action) return own(input.action);
  const toQmob = qmobMessageOf[input.rule];
  if (!toQmob) return own(said(words.correct));
  const described = describeQmobError({
    operation: input.rule === 'removal-leaves-no-list' ? 'remove' : 'add',
    message: toQmob(input.detail ?? ''),
    ...(username ? { respondents: [username] } : {}),
  });
  return { english: described.action, phrase: described.words.action };
}

export function violation(input: ViolationInput): RuleViolation {
  const username = input.username && input.username !== '' ? input.username : undefined;
  const action = actionOf(input, username);
  const found: RuleViolation = {
    row: input.row,
    column: input.column,
    rule: input.rule,
    severity: input.severity ?? 'error',
    message: inEnglish(input.message),
    action: action.english,
    words: { message: toPhrase(input.message), action: action.phrase },
  };
  return username ? { ...found, username } : found;
}

export const hasErrors = (violations: readonly RuleViolation[]): boolean =>
  violations.some((v) => v.severity === 'error');
