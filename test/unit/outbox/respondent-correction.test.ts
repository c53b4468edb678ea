import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import type { QmobRespondent } from '../../../common/qmob/schemas';
import { normaliseDraft } from '../../../common/roster/respondent';
import { correctionProblems } from '../../../renderer/src/outbox/correction-check';
import { correctionFields } from '../../../renderer/src/outbox/correction-fields';
import { draftOfQmobRespondent, toQmobRespondent } from '../../../renderer/src/roster/operations/qmob-respondent';

/** What the correction form sends for one respondent after the field worker has edited its draft. */
const sent = (respondent: QmobRespondent, edit = (draft: ReturnType<typeof draftOfQmobRespondent>) => draft) =>
  toQmobRespondent(normaliseDraft(edit(draftOfQmobRespondent(respondent))));

describe('the respondents’ correction edits a queued respondent as the roster’s forms do', () => {
  const queued: QmobRespondent = {
    username: 'juma.m',
    phonenumber: '0700 12-34',
    sample_fields: [
      { alias: 'site_code', value: 'K7' },
      { alias: 'age', value: '41' },
    ],
  };

  it('sends a respondent nobody touched exactly as it was queued', () => {
    expect(sent(queued)).toEqual(queued);
    expect(sent({ username: 'amina.k', email: 'amina@example.org' })).toEqual({
      username: 'amina.k',
      email: 'amina@example.org',
    });
  });

  it('sends what was typed, trimmed, and leaves out what was emptied', () => {
    const corrected = sent(queued, (draft) => ({
      ...draft,
      phonenumber: ' +255700001234 ',
      email: 'juma@example.org',
      sampleFields: { ...draft.sampleFields, age: '', household: ' H12 ' },
    }));
    expect(corrected).toEqual({
      username: 'juma.m',
      phonenumber: '+255700001234',
      email: 'juma@example.org',
      sample_fields: [
        { alias: 'site_code', value: 'K7' },
        { alias: 'household', value: 'H12' },
      ],
    });
  });
});

describe('the sample fields a correction offers', () => {
  const declared = [{ alias: 'region', type: 'text', required: true }] as const;

  it('are the declared ones, then the one the server named and those the respondents carry, each once', () => {
    const fields = correctionFields(declared, 'site_code', [
      { username: 'a', sample_fields: [{ alias: 'region', value: 'North' }] },
      { username: 'b', sample_fields: [{ alias: 'age', value: '3' }] },
    ]);
    expect(fields).toEqual([
      { alias: 'region', type: 'text', required: true },
      { alias: 'site_code', type: 'text', required: false },
      { alias: 'age', type: 'text', required: false },
    ]);
  });

  it('keep a declared field’s own settings when the server names it', () => {
    expect(correctionFields(declared, 'region', [])).toEqual([{ alias: 'region', type: 'text', required: true }]);
  });
});

describe('a correction is checked by the roster’s rules before it is queued', () => {
  const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
  const fields = [{ alias: 'age', type: 'integer', required: false }] as const;
  const draft = (username: string, phonenumber: string, age = '') =>
    draftOfQmobRespondent({ username, phonenumber, sample_fields: age ? [{ alias: 'age', value: age }] : [] });

  it('names each respondent QMob would refuse again, by place in the batch, with what is wrong', () => {
    const found = correctionProblems(
      [draft('amina.k', '+255700000101'), draft('juma.m', '0700 12-34'), draft('neema.s', '+2557', 'forty')],
      fields,
      english,
    );
    expect([...found.keys()]).toEqual([1, 2]);
    expect(found.get(1)?.map((problem) => problem.rule)).toEqual(['phone-characters']);
    expect(found.get(2)?.map((problem) => problem.rule)).toEqual(['sample-field-integer']);
  });

  it('finds nothing in a batch QMob accepts', () => {
    expect(correctionProblems([draft('amina.k', '+255700000101', '41')], fields, english).size).toBe(0);
  });
});
