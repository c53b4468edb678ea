import { describeQmobError } from '../errors/qmob-catalogue';
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
  /** What is wrong, in plain words. */
  readonly message: string;
  /** What to do about it, worded as the error catalogue words the same refusal from QMob. */
  readonly action: string;
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
  message: string;
  /** The respondent concerned, named in the action when known. */
  username?: string;
  /** The sample field alias, list maximum or username the QMob message carries. */
  detail?: string;
  severity?: 'error' | 'warning';
  /** For rules QMob has no message for. */
  action?: string;
}

export function violation(input: ViolationInput): RuleViolation {
  const toQmob = qmobMessageOf[input.rule];
  const username = input.username && input.username !== '' ? input.username : undefined;
  const action =
    input.action ??
    (toQmob
      ? describeQmobError({
          operation: input.rule === 'removal-leaves-no-list' ? 'remove' : 'add',
          message: toQmob(input.detail ?? ''),
          ...(username ? { respondents: [username] } : {}),
        }).action
      : 'Correct the value and try again.');
  const found: RuleViolation = {
    row: input.row,
    column: input.column,
    rule: input.rule,
    severity: input.severity ?? 'error',
    message: input.message,
    action,
  };
  return username ? { ...found, username } : found;
}

export const hasErrors = (violations: readonly RuleViolation[]): boolean =>
  violations.some((v) => v.severity === 'error');
