import { QMOB_PHONE_PATTERN, QMOB_USERNAME_PATTERN } from './messages';

export interface RespondentFields {
  readonly username: string;
  readonly phonenumber?: string | undefined;
  readonly email?: string | undefined;
  readonly sample_fields?: readonly { readonly alias: string; readonly value: string }[] | undefined;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WHOLE_NUMBER = /^-?\d+$/;

const sampleValue = (respondent: RespondentFields, alias: string): string | undefined =>
  respondent.sample_fields?.find((field) => field.alias === alias)?.value;

/** For each per-respondent QMob rule (by catalogue code), who in a batch breaks it. */
const rules: Readonly<Record<string, (respondent: RespondentFields, sampleField?: string) => boolean>> = {
  'qmob.invalid-username-characters': (r) => r.username !== '' && !QMOB_USERNAME_PATTERN.test(r.username),
  'qmob.invalid-phone': (r) => (r.phonenumber ?? '') !== '' && !QMOB_PHONE_PATTERN.test(r.phonenumber ?? ''),
  'qmob.phone-or-email-required': (r) => (r.phonenumber ?? '') === '' && (r.email ?? '') === '',
  'qmob.invalid-email': (r) => (r.email ?? '') !== '' && !EMAIL_PATTERN.test(r.email ?? ''),
  'qmob.sample-field-empty': (r, alias) => alias !== undefined && (sampleValue(r, alias) ?? '').trim() === '',
  // QMob's docs say the wrong type is "usually integer expected".
  'qmob.sample-field-invalid': (r, alias) => {
    const value = alias === undefined ? undefined : sampleValue(r, alias);
    return value !== undefined && !WHOLE_NUMBER.test(value.trim());
  },
};

/**
 * QMob stops a batch at the first broken rule and does not say whose record
 * broke it. The rule is deterministic, so checking the batch we sent against it
 * names the respondents the field worker has to fix.
 */
export function respondentsBreaking(
  code: string,
  respondents: readonly RespondentFields[],
  sampleField?: string,
): string[] {
  const rule = rules[code];
  if (!rule) return [];
  return respondents.filter((respondent) => rule(respondent, sampleField)).map((respondent) => respondent.username);
}
