import { QMOB_PHONE_PATTERN, QMOB_USERNAME_PATTERN } from '../qmob/messages';
import { coreFieldLabel, type RespondentCoreField, type RespondentDraft, type SampleFieldConfig } from './respondent';
import { defineMessages, said, type PhraseIntl } from '../i18n/phrase';
import { violation, type RuleViolation } from './rule-violation';

/** QMob's rules in words: declared messages, said where the problem is shown (see RuleViolation.words). */
const words = defineMessages({
  usernameMissing: {
    id: 'roster.rule.usernameMissing',
    defaultMessage: 'The username is empty; every respondent needs one.',
  },
  usernameTooLong: {
    id: 'roster.rule.usernameTooLong',
    defaultMessage:
      'The username is {length, plural, one {# character} other {# characters}} long; at most {max, plural, one {# is} other {# are}} allowed.',
  },
  usernameTooLongAction: {
    id: 'roster.rule.usernameTooLong.action',
    defaultMessage:
      'Shorten the username to {max, plural, one {# character} other {# characters}} or fewer (letters, digits and . _ - @).',
  },
  usernameCharacters: {
    id: 'roster.rule.usernameCharacters',
    defaultMessage:
      'The username “{username}” uses characters QMob does not allow ({characters}); only letters A-Z a-z, digits 0-9 and . _ - @ are allowed.',
  },
  phoneCharacters: {
    id: 'roster.rule.phoneCharacters',
    defaultMessage: 'The phone number “{phone}” may only use digits 0-9 and +.',
  },
  phoneOrEmailMissing: {
    id: 'roster.rule.phoneOrEmailMissing',
    defaultMessage: 'Neither a phone number nor an e-mail address is given; QMob needs at least one.',
  },
  emailInvalid: { id: 'roster.rule.emailInvalid', defaultMessage: 'The e-mail address “{email}” is not valid.' },
  sampleFieldUnknown: {
    id: 'roster.rule.sampleFieldUnknown',
    defaultMessage: 'The account has no sample field “{alias}”; QMob would refuse it.',
  },
  sampleFieldUnknownAction: {
    id: 'roster.rule.sampleFieldUnknown.action',
    defaultMessage: 'Map column {column} to a sample field the account has, or ignore it.',
  },
  sampleFieldInteger: {
    id: 'roster.rule.sampleFieldInteger',
    defaultMessage: 'Sample field {alias} must be a whole number; “{value}” is not.',
  },
  sampleFieldRequired: {
    id: 'roster.rule.sampleFieldRequired',
    defaultMessage: 'Sample field {alias} is required and is empty.',
  },
});

/** A space is shown as a visible sign, the same in every language. */
const SHOWN_SPACE = '␣';

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

/** A form's fields, named as the form names them (in the language of `intl`). */
export const formLocation = (intl: PhraseIntl): RespondentLocation => ({
  row: 0,
  columnOf: (field) => (typeof field === 'string' ? coreFieldLabel(intl, field) : field.alias),
});

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
        message: said(words.usernameMissing),
      }),
    );
  } else if (username.length > MAX_USERNAME_LENGTH) {
    found.push(
      violation({
        row,
        column: at('username'),
        rule: 'username-too-long',
        username: `${username.slice(0, 40)}…`,
        message: said(words.usernameTooLong, { length: username.length, max: MAX_USERNAME_LENGTH }),
        action: said(words.usernameTooLongAction, { max: MAX_USERNAME_LENGTH }),
      }),
    );
  } else if (!QMOB_USERNAME_PATTERN.test(username)) {
    const bad = [...new Set([...username].filter((c) => !QMOB_USERNAME_PATTERN.test(c)))]
      .map((c) => (c === ' ' ? SHOWN_SPACE : c))
      .join(' ');
    found.push(
      violation({
        row,
        column: at('username'),
        rule: 'username-characters',
        username,
        message: said(words.usernameCharacters, { username, characters: bad }),
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
        message: said(words.phoneCharacters, { phone: draft.phonenumber }),
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
        message: said(words.phoneOrEmailMissing),
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
        message: said(words.emailInvalid, { email: draft.email }),
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
          message: said(words.sampleFieldUnknown, { alias }),
          action: said(words.sampleFieldUnknownAction, { column }),
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
          message: said(words.sampleFieldInteger, { alias, value }),
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
          message: said(words.sampleFieldRequired, { alias: field.alias }),
        }),
      );
    }
  }
  return found;
}
