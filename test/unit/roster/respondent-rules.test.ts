import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { formLocation, checkRespondent } from '../../../common/roster/respondent-rules';
import type { RespondentDraft, SampleFieldConfig } from '../../../common/roster/respondent';

const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });

const sampleFields: SampleFieldConfig[] = [
  { alias: 'site_code', type: 'text', required: true },
  { alias: 'age', type: 'integer', required: false },
];
const valid: RespondentDraft = {
  username: 'amina.k',
  phonenumber: '+254700000001',
  email: '',
  sampleFields: { site_code: 'NRB-01', age: '34' },
};
const rulesOf = (draft: Partial<RespondentDraft>) =>
  checkRespondent({ ...valid, ...draft }, sampleFields, {
    row: 7,
    columnOf: (f) => (typeof f === 'string' ? f.toUpperCase() : `sf:${f.alias}`),
  });

describe('QMob rules at entry', () => {
  it('accepts a valid respondent', () => {
    expect(rulesOf({})).toEqual([]);
    expect(rulesOf({ username: 'A-z_0.9@x', phonenumber: '', email: 'a@b.co' })).toEqual([]);
  });

  it('requires a username', () => {
    const [v] = rulesOf({ username: '' });
    expect(v).toMatchObject({ row: 7, column: 'USERNAME', rule: 'username-missing', severity: 'error' });
    expect(v?.action).toBe('Give every respondent a username, then send again.');
  });

  it('allows only A-Z a-z 0-9 . _ - @ in usernames and names the offending characters', () => {
    for (const username of ['amina k', 'josé', 'a/b', 'a+b', 'a#b']) {
      const found = rulesOf({ username });
      expect(
        found.map((v) => v.rule),
        username,
      ).toEqual(['username-characters']);
    }
    expect(rulesOf({ username: 'amina k!' })[0]?.message).toContain('(␣ !)');
    expect(rulesOf({ username: 'amina k' })[0]?.action).toBe(
      'Fix the username of respondent amina k: only letters, digits and . _ - @ are allowed.',
    );
  });

  it('allows only digits and + in phone numbers', () => {
    for (const phonenumber of ['+254 700', '0700-000', '(0)700', 'abc']) {
      expect(
        rulesOf({ phonenumber }).map((v) => v.rule),
        phonenumber,
      ).toEqual(['phone-characters']);
    }
    const [v] = rulesOf({ phonenumber: '0700 1' });
    expect(v).toMatchObject({ column: 'PHONENUMBER' });
    expect(v?.action).toContain('only digits and +');
  });

  it('requires a phone number or an e-mail', () => {
    const [v] = rulesOf({ phonenumber: '', email: '' });
    expect(v).toMatchObject({ rule: 'phone-or-email-missing', column: 'PHONENUMBER / EMAIL' });
    expect(rulesOf({ phonenumber: '', email: 'x@y.org' })).toEqual([]);
  });

  it('checks e-mail addresses', () => {
    for (const email of ['x', 'x@y', 'x @y.org', '@y.org', 'x@@y.org'])
      expect(
        rulesOf({ email }).map((v) => v.rule),
        email,
      ).toEqual(['email-invalid']);
  });

  it('types sample fields: integers where configured', () => {
    for (const age of ['3.5', 'thirty', '1e3', '34 years']) {
      const [v] = rulesOf({ sampleFields: { site_code: 'X', age } });
      expect(v, age).toMatchObject({ rule: 'sample-field-integer', column: 'sf:age' });
    }
    expect(rulesOf({ sampleFields: { site_code: 'X', age: '-2' } })).toEqual([]);
    expect(rulesOf({ sampleFields: { site_code: 'X', age: '' } })).toEqual([]);
  });

  it('requires required sample fields, whether empty or missing', () => {
    expect(rulesOf({ sampleFields: { site_code: '' } }).map((v) => v.rule)).toEqual(['sample-field-required']);
    const [v] = rulesOf({ sampleFields: {} });
    expect(v).toMatchObject({ rule: 'sample-field-required', column: 'sf:site_code' });
    expect(v?.action).toBe('Fill in sample field site_code for respondent amina.k, then send again.');
  });

  it('refuses sample fields the account does not have', () => {
    expect(rulesOf({ sampleFields: { site_code: 'X', shoe_size: '42' } }).map((v) => v.rule)).toEqual([
      'sample-field-unknown',
    ]);
  });

  it('reports every problem of a row at once, each with its column', () => {
    const found = rulesOf({ username: 'bad name', phonenumber: 'x1', email: 'nope', sampleFields: { age: 'old' } });
    expect(found.map((v) => [v.rule, v.column])).toEqual([
      ['username-characters', 'USERNAME'],
      ['phone-characters', 'PHONENUMBER'],
      ['email-invalid', 'EMAIL'],
      ['sample-field-integer', 'sf:age'],
      ['sample-field-required', 'sf:site_code'],
    ]);
  });

  it('names form fields in plain words for form entries', () => {
    const [v] = checkRespondent({ ...valid, phonenumber: 'x' }, sampleFields, formLocation(english));
    expect(v).toMatchObject({ row: 0, column: 'Phone number' });
  });
});
