import { QMOB_PHONE_PATTERN, QMOB_USERNAME_PATTERN } from '../qmob/messages';
import { coreFieldLabels, type RespondentCoreField, type RespondentDraft, type SampleFieldConfig } from './respondent';
import { violation, type RuleViolation } from './rule-violation';

/** The same shape QMob accepts: something@something.something, no spaces. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** QMob's integer sample fields take whole numbers, optionally negative. */
const INTEGER_PATTERN = /^-?\d+$/;
/** QMob's documents name no maximum; 100 is assumed (fails safe: a local refusal is clearer than a server's). */
export const MAX_USERNAME_LENGTH = 100;

/** Where a respondent came from, so every problem can point at its row and column. */
export interface RespondentLocation {
  /** Spreadsheet row number (header = 1), or 0 for a form. */
  row: number;
  /** The column or form label holding a core field or a sample field. */
  columnOf: (field: RespondentCoreField | { alias: string }) => string;
}

export const formLocation: RespondentLocation = {
  row: 0,
  columnOf: (field) => (typeof field === 'string' ? coreFieldLabels[field] : field.alias),
};

/**
 * QMob's add_respondent rules, checked at entry so that mistakes surface in the
 * field instead of at sync. Unlike QMob, which stops at the first problem of a
 * batch, this reports every problem of the respondent at once. Expects a
 * normalised (trimmed) draft.
 */
export function checkRespondent(
  draft: RespondentDraft,
  sampleFields: readonly SampleFieldConfig[],
  where: RespondentLocation,
): RuleViolation[] {
  const found: RuleViolation[] = [];
  const { row } = where;
  const username = draft.username;
  const at = (field: RespondentCoreField | { alias: string }): string => where.columnOf(field);

  if (username === '') {
    found.push(
      violation({
        row,
        column: at('username'),
        rule: 'username-missing',
        message: 'The username is empty; every respondent needs one.',
      }),
    );
  } else if (username.length > MAX_USERNAME_LENGTH) {
    found.push(
      violation({
        row,
        column: at('username'),
        rule: 'username-too-long',
        username: `${username.slice(0, 40)}…`,
        message: `The username is ${username.length.toLocaleString('en')} characters long; at most ${MAX_USERNAME_LENGTH} are allowed.`,
        action: `Shorten the username to ${MAX_USERNAME_LENGTH} characters or fewer (letters, digits and . _ - @).`,
      }),
    );
  } else if (!QMOB_USERNAME_PATTERN.test(username)) {
    const bad = [...new Set([...username].filter((c) => !QMOB_USERNAME_PATTERN.test(c)))]
      .map((c) => (c === ' ' ? 'space' : c))
      .join(' ');
    found.push(
      violation({
        row,
        column: at('username'),
        rule: 'username-characters',
        username,
        message: `The username “${username}” uses characters QMob does not allow (${bad}); only letters A-Z a-z, digits 0-9 and . _ - @ are allowed.`,
      }),
    );
  }

  if (draft.phonenumber !== '' && !QMOB_PHONE_PATTERN.test(draft.phonenumber)) {
    found.push(
      violation({
        row,
        column: at('phonenumber'),
        rule: 'phone-characters',
        username,
        message: `The phone number “${draft.phonenumber}” may only use digits 0-9 and +.`,
      }),
    );
  }
  if (draft.phonenumber === '' && draft.email === '') {
    found.push(
      violation({
        row,
        column: `${at('phonenumber')} / ${at('email')}`,
        rule: 'phone-or-email-missing',
        username,
        message: 'Neither a phone number nor an e-mail address is given; QMob needs at least one.',
      }),
    );
  }
  if (draft.email !== '' && !EMAIL_PATTERN.test(draft.email)) {
    found.push(
      violation({
        row,
        column: at('email'),
        rule: 'email-invalid',
        username,
        message: `The e-mail address “${draft.email}” is not valid.`,
      }),
    );
  }

  found.push(...checkSampleFields(draft, sampleFields, where));
  return found;
}

function checkSampleFields(
  draft: RespondentDraft,
  configured: readonly SampleFieldConfig[],
  where: RespondentLocation,
): RuleViolation[] {
  const found: RuleViolation[] = [];
  const { row } = where;
  const username = draft.username;
  for (const [alias, value] of Object.entries(draft.sampleFields)) {
    const field = configured.find((candidate) => candidate.alias === alias);
    const column = where.columnOf({ alias });
    if (!field) {
      found.push(
        violation({
          row,
          column,
          rule: 'sample-field-unknown',
          username,
          detail: alias,
          message: `The account has no sample field “${alias}”; QMob would refuse it.`,
          action: `Map column ${column} to a sample field the account has, or ignore it.`,
        }),
      );
      continue;
    }
    if (value !== '' && field.type === 'integer' && !INTEGER_PATTERN.test(value)) {
      found.push(
        violation({
          row,
          column,
          rule: 'sample-field-integer',
          username,
          detail: alias,
          message: `Sample field ${alias} must be a whole number; “${value}” is not.`,
        }),
      );
    }
  }
  for (const field of configured) {
    if (field.required && (draft.sampleFields[field.alias] ?? '') === '') {
      found.push(
        violation({
          row,
          column: where.columnOf({ alias: field.alias }),
          rule: 'sample-field-required',
          username,
          detail: field.alias,
          message: `Sample field ${field.alias} is required and is empty.`,
        }),
      );
    }
  }
  return found;
}
