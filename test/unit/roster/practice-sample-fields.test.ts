import { describe, expect, it } from 'vitest';
import type { Account } from '../../../common/accounts/index';
import { PRACTICE_QMOB_SAMPLE_FIELDS } from '../../../common/practice/qmob-sample-fields';
import { withSampleField } from '../../../common/qmob/sample-field-value';
import { suggestMapping } from '../../../common/roster/column-mapping';
import { seedPracticeSampleFields } from '../../../renderer/src/roster/practice-sample-fields';
import { loadSampleFields, saveSampleFields } from '../../../renderer/src/roster/settings-store';
import { qmobSampleFields } from '../../../sandbox/services/seed-data';
import { freshDatabase } from './support';

const qmobAccount = (id: string, practice: boolean): Account =>
  ({
    id,
    kind: 'qmob',
    label: practice ? 'Practice: QMob' : 'Field QMob',
    practice,
    location: { customBaseUrl: 'https://127.0.0.1:1' },
    project: 'P',
    userName: 'u',
  }) as unknown as Account;

describe('Practice QMob sample fields (issue 14 item 6)', () => {
  it('are the ones the Practice server checks', () => {
    expect(qmobSampleFields).toEqual(PRACTICE_QMOB_SAMPLE_FIELDS);
    expect(PRACTICE_QMOB_SAMPLE_FIELDS).toContainEqual({ alias: 'site_code', type: 'text', required: true });
  });

  it('are declared for a Practice account that never had any, and only for it', async () => {
    const { db } = await freshDatabase();
    await seedPracticeSampleFields(db, [qmobAccount('practice-1', true), qmobAccount('real-1', false)]);
    expect(await loadSampleFields(db, 'practice-1')).toEqual(PRACTICE_QMOB_SAMPLE_FIELDS);
    expect(await loadSampleFields(db, 'real-1')).toEqual([]);
  });

  it('leave alone a Practice account whose fields the user edited, even down to none', async () => {
    const { db } = await freshDatabase();
    await saveSampleFields(db, 'practice-1', []);
    await seedPracticeSampleFields(db, [qmobAccount('practice-1', true)]);
    expect(await loadSampleFields(db, 'practice-1')).toEqual([]);
  });

  it('match a CSV column headed “Site code”', () => {
    const mapping = suggestMapping(['Username', 'Phone', 'Site code', 'Household size'], PRACTICE_QMOB_SAMPLE_FIELDS);
    expect(mapping.targets).toEqual(['username', 'phonenumber', 'sample:site_code', 'sample:household_size']);
  });
});

describe('withSampleField (issue 14 item 2: the correction editor offers every declared field)', () => {
  const respondent = { username: 'a', phonenumber: '+1', sample_fields: [{ alias: 'age', value: '3' }] };
  it('adds a field the respondent lacks', () => {
    expect(withSampleField(respondent, 'site_code', 'K1').sample_fields).toEqual([
      { alias: 'age', value: '3' },
      { alias: 'site_code', value: 'K1' },
    ]);
  });
  it('changes a field it has, even to empty', () => {
    expect(withSampleField(respondent, 'age', '').sample_fields).toEqual([{ alias: 'age', value: '' }]);
  });
  it('adds nothing for a blank field the respondent never had', () => {
    expect(withSampleField(respondent, 'site_code', '  ')).toBe(respondent);
  });
});
