import {
  QMOB_PHONE_PATTERN,
  QMOB_USERNAME_PATTERN,
  qmobAddRespondentMessages as messages,
} from '../../../common/qmob/messages';
import type { QmobRespondentInput } from '../../../common/qmob/schemas';
import { failWith, ok, type Result } from '../../../common/result';
import type { SeedSampleField } from '../seed-data';
import type { StoredRespondent } from '../store';

/** The respondent as stored, or QMob's message for the first rule broken (said verbatim in the reply). */
export type RespondentCheck = Result<StoredRespondent, string>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const INTEGER_PATTERN = /^-?\d+$/;

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** Applies the seed's per-respondent rules in the order its table lists them. */
export function checkRespondent(input: QmobRespondentInput, sampleFields: readonly SeedSampleField[]): RespondentCheck {
  const username = textOf(input.username);
  if (username === '') return failWith(messages.usernameMissing);
  if (!QMOB_USERNAME_PATTERN.test(username)) return failWith(messages.usernameCharset);
  const phonenumber = textOf(input.phonenumber);
  if (phonenumber !== '' && !QMOB_PHONE_PATTERN.test(phonenumber)) return failWith(messages.phoneInvalid);
  const email = textOf(input.email);
  if (phonenumber === '' && email === '') return failWith(messages.phoneOrEmailMissing);
  if (email !== '' && !EMAIL_PATTERN.test(email)) return failWith(messages.emailInvalid);
  const values = checkSampleFields(input.sample_fields ?? [], sampleFields);
  if (!values.ok) return values;
  return ok({ username, phonenumber, email, sampleFields: values.value });
}

function checkSampleFields(
  given: NonNullable<QmobRespondentInput['sample_fields']>,
  configured: readonly SeedSampleField[],
): Result<Record<string, string>, string> {
  const values: Record<string, string> = {};
  for (const { alias, value } of given) {
    const field = configured.find((candidate) => candidate.alias === alias);
    const text = textOf(value);
    // An alias the company does not have cannot hold valid data either.
    if (!field) return failWith(messages.fieldInvalid(alias));
    if (text === '') {
      if (field.required) return failWith(messages.fieldEmpty(alias));
      continue;
    }
    if (field.type === 'integer' && !INTEGER_PATTERN.test(text)) return failWith(messages.fieldInvalid(alias));
    values[alias] = text;
  }
  const missingRequired = configured.find((field) => field.required && values[field.alias] === undefined);
  if (missingRequired) return failWith(messages.fieldEmpty(missingRequired.alias));
  return ok(values);
}
