import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FieldCipher } from '../../../renderer/src/db/vault/field-cipher';
import { outpostSealPolicy, SEALED_FIELD, sealingMiddleware } from '../../../renderer/src/db/vault/sealing-middleware';
import { SCHEMA_V9 } from '../../support/first-schema';
import { rawRows } from '../../support/raw-rows';

const MARK = 'zqsurveymark';
type Row = Record<string, unknown>;

/** Version 9's codec: everything but roster lists and memberships sealed, surveys included. */
const version9Policy = { ...outpostSealPolicy, plainTables: new Set(['rosterLists', 'memberships']) };

const survey = (fetchedAt: number): Row => ({
  id: `acct-1/7/${fetchedAt}`,
  accountId: 'acct-1',
  surveyId: 7,
  fetchedAt,
  name: 'Household Water Access',
  questions: [{ questionID: 11, text: 'Village name', type: 'text' }],
});
const draft: Row = { id: 'd1', surveyKey: 'acct-1/7/1', updatedAt: 2, answers: { '11': { text: `${MARK}-draft` } } };
const response: Row = {
  id: 'r1',
  surveyKey: 'acct-1/7/1',
  state: 'finalized',
  finalizedAt: 3,
  outboxId: 'r1',
  answers: { '11': { text: `${MARK}-response` } },
  searchText: `village ${MARK}resp`,
};

describe('survey definitions in the clear (version 10)', () => {
  it('the upgrade from version 9 opens every sealed survey and stores it as it was, and seals nothing less', async () => {
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const name = `surveys-clear-${crypto.randomUUID()}`;
    const before = new Dexie(name);
    before.use(sealingMiddleware(() => cipher, version9Policy));
    before.version(9).stores(SCHEMA_V9);
    const surveys = [survey(1), survey(2)];
    await before.table('surveys').bulkAdd(surveys);
    await before.table('drafts').add(draft);
    await before.table('responses').add(response);
    before.close();
    const sealedBefore = await rawRows(name);
    for (const row of sealedBefore['surveys'] ?? []) expect(row[SEALED_FIELD]).toBeInstanceOf(Uint8Array);

    const current = new OutpostDatabase(name, () => cipher);
    await current.open();
    expect(current.verno).toBe(10);
    expect(await current.surveys.toArray()).toEqual(surveys);
    expect(await current.drafts.get('d1')).toMatchObject(draft);
    expect(await current.responses.get('r1')).toMatchObject({ ...response, searchWords: ['village', `${MARK}resp`] });
    // A survey written now is stored as it is.
    await current.table('surveys').add(survey(3));
    current.close();

    const raw = await rawRows(name);
    expect(raw['surveys']).toEqual([...surveys, survey(3)]);
    // Drafts and responses are sealed as before: their answers are nowhere in the clear.
    expect(JSON.stringify([raw['drafts'], raw['responses']])).not.toContain(MARK);
    expect(raw['drafts']?.[0]?.[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
    expect(raw['responses']?.[0]?.[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
  });

  it('an upgrade without the data key that sealed the surveys fails and leaves version 9 as it was', async () => {
    const right = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const wrong = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const name = `surveys-clear-${crypto.randomUUID()}`;
    const before = new Dexie(name);
    before.use(sealingMiddleware(() => right, version9Policy));
    before.version(9).stores(SCHEMA_V9);
    await before.table('surveys').add(survey(1));
    before.close();
    const sealed = await rawRows(name);

    const current = new OutpostDatabase(name, () => wrong);
    await expect(current.open()).rejects.toThrow();
    current.close();
    const after = new Dexie(name);
    await after.open();
    expect(after.verno).toBe(9);
    after.close();
    expect(await rawRows(name)).toEqual(sealed);
  });
});
