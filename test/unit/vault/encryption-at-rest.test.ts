import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FieldCipher, SealedRowError } from '../../../renderer/src/db/vault/field-cipher';
import { SEALED_FIELD } from '../../../renderer/src/db/vault/sealing-middleware';
import { SCHEMA_BEFORE_SEALING } from '../../support/first-schema';
import { responseItem } from '../../support/sync-world';
import { rawRows } from '../../support/raw-rows';

const MARK = 'zqmarker';
const key = (): Uint8Array => crypto.getRandomValues(new Uint8Array(32));
let counter = 0;
const freshName = (): string => `vault-${process.pid}-${++counter}`;

/** All text a raw row holds, sealed blobs decoded as UTF-8 and UTF-16 too, so a marker cannot hide in bytes. */
function textOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? `${Buffer.from(v).toString('utf8')}${Buffer.from(v).toString('utf16le')}` : v,
  );
}

function sampleRows(): Record<string, Record<string, unknown>[]> {
  const outbox = { ...responseItem('acct-1', 1_000), label: 'Household survey' };
  const payload = outbox.payload as unknown as { body: Record<string, unknown> };
  const body = { ...payload, body: { ...payload.body, location: { latitude: -1.2921, longitude: 36.8219 } } };
  return {
    surveys: [{ id: 's1', accountId: 'acct-1', surveyId: 7, fetchedAt: 1, name: 'Household survey', questions: [] }],
    drafts: [
      {
        id: 'd1',
        surveyKey: 'acct-1/7/1',
        updatedAt: 2,
        answers: { q1: { kind: 'text', text: `${MARK}-draft` } },
        location: { latitude: -1.2921, longitude: 36.8219 },
      },
    ],
    responses: [
      {
        id: outbox.id,
        surveyKey: 'acct-1/7/1',
        state: 'finalized',
        finalizedAt: 3,
        outboxId: outbox.id,
        answers: { q1: { kind: 'text', text: `Amina ${MARK}resp` } },
        searchText: `amina ${MARK}resp wanjiru`,
        searchWords: ['amina', `${MARK}resp`, 'wanjiru'],
      },
    ],
    outbox: [
      {
        ...outbox,
        payload: body,
        attempts: [{ at: 4, outcome: 'failed', error: { code: 'x', message: `server said ${MARK}-server` } }],
      },
    ],
    rosterLists: [
      { id: 'l1', accountId: 'acct-q', groupId: '1001', name: 'Panel', preview: false, previewMax: null, createdAt: 5 },
    ],
    respondents: [
      {
        id: 'acct-q:resp1',
        accountId: 'acct-q',
        username: 'resp1',
        phonenumber: `+2547${MARK}`,
        email: `${MARK}@example.org`,
        sampleFields: { site_code: `${MARK}-site` },
        updatedAt: 6,
      },
    ],
    memberships: [
      { id: 'l1|acct-q:resp1', listId: 'l1', respondentId: 'acct-q:resp1', outboxId: null, addedAt: 7 },
      { id: 'l1|acct-q:resp2', listId: 'l1', respondentId: 'acct-q:resp2', outboxId: 'o-queued', addedAt: 8 },
    ],
    settings: [{ id: 'capture', deviceName: `${MARK}-device` }],
    // An import cut off by a closed window: its run and the journal that undoes it at the next start.
    importRuns: [{ id: 'run-1', listId: 'l1', accountId: 'acct-q', state: 'storing', startedAt: 9 }],
    importJournal: [
      {
        id: 'run-1:00000001',
        runId: 'run-1',
        createdMembers: ['acct-q:resp2'],
        createdRespondents: null,
        replacedRespondents: [
          {
            id: 'acct-q:resp1',
            accountId: 'acct-q',
            username: 'resp1',
            phonenumber: `+2557${MARK}`,
            email: `old-${MARK}@example.org`,
            sampleFields: { site_code: `${MARK}-old-site` },
            updatedAt: 1,
          },
        ],
        requeued: [{ id: 'l1|acct-q:resp1', outboxId: 'o-before' }],
      },
    ],
  };
}

describe('encryption at rest', () => {
  it('the version 6 upgrade seals existing rows of every table in place: nothing lost, nothing left in plain text', async () => {
    const name = freshName();
    const before = new Dexie(name);
    before.version(5).stores(SCHEMA_BEFORE_SEALING);
    const rows = sampleRows();
    // Data in every table of the schema before sealing, the roster import's run and journal included.
    expect(Object.keys(rows).sort()).toEqual(Object.keys(SCHEMA_BEFORE_SEALING).sort());
    for (const [table, values] of Object.entries(rows)) await before.table(table).bulkAdd(values);
    // Plenty of responses, so the upgrade works through more than one slice.
    const many = Array.from({ length: 4_500 }, (_, index) => ({
      id: `r-${String(index).padStart(5, '0')}`,
      surveyKey: 'acct-1/7/1',
      state: 'finalized',
      finalizedAt: 10 + index,
      outboxId: `o-${index}`,
      answers: {},
      searchText: `${MARK}bulk${index} common`,
      searchWords: [`${MARK}bulk${index}`, 'common'],
    }));
    await before.table('responses').bulkAdd(many);
    before.close();
    expect(textOf(await rawRows(name))).toContain(MARK);

    const current = new OutpostDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(6);
    for (const [table, values] of Object.entries(rows)) {
      expect(await current.table(table).count(), table).toBe(table === 'responses' ? 4_501 : values.length);
      // Version 9 gives drafts their search words (see drafts-search-upgrade.test.ts); nothing else changes.
      const after = (value: Record<string, unknown>) =>
        table === 'drafts' ? { ...value, searchText: expect.any(String), searchWords: expect.any(Array) } : value;
      for (const value of values)
        expect(await current.table(table).get(String(value['id'])), table).toEqual(after(value));
    }
    expect(await current.responses.count()).toBe(many.length + 1);
    expect(await current.responses.get('r-04499')).toEqual(many[4_499]);
    current.close();

    const raw = await rawRows(name);
    expect(textOf(raw)).not.toContain(MARK);
    expect(textOf(raw)).not.toContain('Amina');
    expect(textOf(raw)).not.toContain('36.8219');
    const sealedTables = ['drafts', 'responses', 'outbox', 'respondents', 'settings', 'importRuns'];
    for (const table of [...sealedTables, 'importJournal']) {
      expect(raw[table]?.length, table).toBeGreaterThan(0);
      for (const row of raw[table] ?? []) expect(row[SEALED_FIELD], table).toBeInstanceOf(Uint8Array);
    }
    // The journal that undoes an interrupted import holds respondents as they were: sealed like them.
    expect(raw['importJournal']?.[0]).not.toHaveProperty('replacedRespondents');
    // Its lists of ids (account id and QMob username, as plain as in respondents) stay in the clear: a chunk of
    // 5,000 rows lists 5,000 of them, and sealing them inside the chunk's transaction was a cost of every import.
    expect(raw['importJournal']?.[0]).toMatchObject({
      id: 'run-1:00000001',
      runId: 'run-1',
      createdMembers: ['acct-q:resp2'],
      createdRespondents: null,
    });
    // What indexes need stays usable: keys, states, times, QMob usernames.
    expect(raw['respondents']?.[0]).toMatchObject({ id: 'acct-q:resp1', accountId: 'acct-q', username: 'resp1' });
    expect(raw['respondents']?.[0]).not.toHaveProperty('email');
    expect(raw['outbox']?.[0]).toMatchObject({ state: 'queued', accountId: 'acct-1' });
    expect(raw['outbox']?.[0]).not.toHaveProperty('payload');
    expect(raw['memberships']).toEqual(rows['memberships']);
    expect(raw['rosterLists']).toEqual(rows['rosterLists']);
    // Survey definitions (questions and choices, no answers) are stored in the clear since version 10.
    expect(raw['surveys']).toEqual(rows['surveys']);
  });

  it('indexes only keyed hashes of search words, and finds by them', async () => {
    const cipherKey = key();
    const cipher = new FieldCipher(cipherKey);
    const name = freshName();
    const db = new OutpostDatabase(name, () => cipher);
    await db.open();
    await db
      .table('responses')
      .add({ id: 'a', surveyKey: 'k', state: 'finalized', finalizedAt: 1, outboxId: 'a', searchText: 'wanjiru kamau' });
    const raw = (await rawRows(name))['responses']?.[0] ?? {};
    const terms = raw['searchWords'] as string[];
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.join(' ')).not.toMatch(/wan|kam/);
    expect(terms).toContain(cipher.term('3:wan'));
    expect(await db.responses.where('searchWords').equals(cipher.term('4:kama')).primaryKeys()).toEqual(['a']);
    // Read back, the row looks as it always did.
    expect((await db.responses.get('a'))?.searchWords).toEqual(['wanjiru', 'kamau']);
    db.close();
  });

  it('another key cannot open the rows, and a sealed part moved to another row does not open', async () => {
    const name = freshName();
    const right = new FieldCipher(key());
    const db = new OutpostDatabase(name, () => right);
    await db.table('respondents').bulkAdd([
      { id: 'a:1', accountId: 'a', username: '1', phonenumber: '111', email: '', sampleFields: {}, updatedAt: 1 },
      { id: 'a:2', accountId: 'a', username: '2', phonenumber: '222', email: '', sampleFields: {}, updatedAt: 1 },
    ]);
    db.close();
    const wrong = new OutpostDatabase(name, () => new FieldCipher(key()));
    await expect(wrong.respondents.get('a:1')).rejects.toThrow(SealedRowError);
    wrong.close();

    const raw = (await rawRows(name))['respondents'] ?? [];
    const blob = raw[1]?.[SEALED_FIELD] as Uint8Array;
    expect(() => right.open(blob, 'respondents\u0000"a:1"')).toThrow(SealedRowError);
    // Respondents are sealed by position (see outpostSealPolicy.packedFields): the phone number is the first value.
    expect(right.open(blob, 'respondents\u0000"a:2"')).toEqual([0b1111, '222', '', {}, 1]);
  });

  it('seals a field a feature adds later unless an index needs it; updates and modify go through the codec', async () => {
    const name = freshName();
    const db = new OutpostDatabase(name);
    await db.table('drafts').add({ id: 'd', surveyKey: 'k', updatedAt: 1, newField: `${MARK}-new` });
    await db.drafts.update('d', { updatedAt: 2 });
    await db
      .table('drafts')
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        row['other'] = `${MARK}-modified`;
      });
    expect(await db.table('drafts').get('d')).toEqual({
      id: 'd',
      surveyKey: 'k',
      updatedAt: 2,
      searchWords: [],
      newField: `${MARK}-new`,
      other: `${MARK}-modified`,
    });
    db.close();
    expect(textOf(await rawRows(name))).not.toContain(MARK);
  });
});
