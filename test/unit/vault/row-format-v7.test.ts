import 'fake-indexeddb/auto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { blindTermsOf } from '../../../renderer/src/db/vault/blind-index';
import { FieldCipher } from '../../../renderer/src/db/vault/field-cipher';
import { SEALED_FIELD } from '../../../renderer/src/db/vault/sealing-middleware';
import { SCHEMA_BEFORE_SEALING } from '../../support/first-schema';
import { rawRows } from '../../support/raw-rows';

/** Version 6 kept the stores of version 5; only the rows were sealed (format 1). */
const SCHEMA_V6 = SCHEMA_BEFORE_SEALING;
const PLAIN_TABLES = new Set(['rosterLists', 'memberships']);
const MARK = 'zqmarker';
let counter = 0;
const freshName = (): string => `row-format-${process.pid}-${++counter}`;
type Row = Record<string, unknown>;

/** The fields a table's indexes need, which stay in the clear: the rest of a row is sealed. */
function indexedFields(schema: string): Set<string> {
  return new Set(
    schema
      .split(',')
      .flatMap((part) =>
        part
          .trim()
          .replace(/^[*&]|^\+\+/, '')
          .replace(/^\[|\]$/g, '')
          .split('+'),
      )
      .filter((field) => field !== ''),
  );
}

/**
 * A row as version 6 stored it, written here from the format's description, not with the app's code:
 * 1, a 24-byte nonce, then XChaCha20-Poly1305 of the JSON of the sealed fields under HKDF(data key,
 * "outpost/row-seal/v1"), with "table NUL JSON(id)" as associated data.
 */
function sealedAsVersion6(dataKey: Uint8Array, table: string, row: Row): Row {
  if (PLAIN_TABLES.has(table)) return row;
  const indexed = indexedFields(SCHEMA_V6[table as keyof typeof SCHEMA_V6]);
  const clear: Row = {};
  const hidden: Row = {};
  for (const [field, value] of Object.entries(row))
    if (indexed.has(field) && field !== 'searchWords') clear[field] = value;
    else if (field !== 'searchWords') hidden[field] = value;
  if (table === 'responses') clear['searchWords'] = blindTermsOf(new FieldCipher(dataKey), String(row['searchText']));
  const key = hkdf(sha256, dataKey, undefined, new TextEncoder().encode('outpost/row-seal/v1'), 32);
  const nonce = crypto.getRandomValues(new Uint8Array(24));
  const aad = new TextEncoder().encode(`${table}\u0000${JSON.stringify(row['id'])}`);
  const sealed = xchacha20poly1305(key, nonce, aad).encrypt(new TextEncoder().encode(JSON.stringify(hidden)));
  clear[SEALED_FIELD] = Uint8Array.from([1, ...nonce, ...sealed]);
  return clear;
}

function rowsOfEveryTable(): Record<string, Row[]> {
  const respondent = {
    id: 'acct-q:resp1',
    accountId: 'acct-q',
    username: 'resp1',
    phonenumber: `+2547${MARK}`,
    email: `${MARK}@example.org`,
    sampleFields: { site_code: `${MARK}-site` },
    updatedAt: 6,
  };
  return {
    outbox: [
      {
        id: 'o1',
        state: 'queued',
        service: 'questionpro',
        accountId: 'acct-1',
        createdAt: 1,
        nextAttemptAt: 1,
        payload: { kind: 'questionpro.create-response', body: { text: `${MARK}-payload` } },
        attempts: [{ at: 4, outcome: 'failed', error: { message: `server said ${MARK}-server` } }],
      },
    ],
    // A questionnaire, no answer in it: sealed by version 6, opened and stored in the clear by version 10.
    surveys: [{ id: 's1', accountId: 'acct-1', surveyId: 7, fetchedAt: 1, name: 'Household survey', questions: [] }],
    drafts: [{ id: 'd1', surveyKey: 'acct-1/7/1', updatedAt: 2, answers: { q1: { text: `${MARK}-draft` } } }],
    responses: [
      {
        id: 'r1',
        surveyKey: 'acct-1/7/1',
        state: 'finalized',
        finalizedAt: 3,
        outboxId: 'o1',
        answers: { q1: { text: `Amina ${MARK}resp` } },
        searchText: `amina ${MARK}resp`,
        searchWords: ['amina', `${MARK}resp`],
      },
    ],
    rosterLists: [
      { id: 'l1', accountId: 'acct-q', groupId: '1001', name: 'Panel', preview: false, previewMax: null, createdAt: 5 },
    ],
    respondents: [respondent],
    memberships: [{ id: 'l1|acct-q:resp1', listId: 'l1', respondentId: 'acct-q:resp1', outboxId: null, addedAt: 7 }],
    settings: [{ id: 'capture', deviceName: `${MARK}-device` }],
    importRuns: [{ id: 'run1', listId: 'l1', accountId: 'acct-q', state: 'storing', startedAt: 8 }],
    importJournal: [
      {
        id: 'run1:00000001',
        runId: 'run1',
        createdMembers: [],
        createdRespondents: null,
        replacedRespondents: [respondent],
        requeued: [],
      },
    ],
  };
}

const textOf = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? `${Buffer.from(v).toString('utf8')}${Buffer.from(v).toString('utf16le')}` : v,
  );

describe('row format 2 (AES-256-GCM) and the version 7 upgrade', () => {
  it('the version 7 upgrade opens every row of every table sealed by version 6 and seals it again in format 2, losing nothing', async () => {
    const dataKey = crypto.getRandomValues(new Uint8Array(32));
    const name = freshName();
    const before = new Dexie(name);
    before.version(6).stores(SCHEMA_V6);
    const rows = rowsOfEveryTable();
    for (const [table, values] of Object.entries(rows))
      await before.table(table).bulkAdd(values.map((row) => sealedAsVersion6(dataKey, table, row)));
    // More respondents than one slice of the upgrade holds.
    const many = Array.from({ length: 2_500 }, (_, index) => ({
      id: `acct-q:bulk${String(index).padStart(5, '0')}`,
      accountId: 'acct-q',
      username: `bulk${String(index).padStart(5, '0')}`,
      phonenumber: `+2547${index}`,
      email: `${MARK}${index}@example.org`,
      sampleFields: {},
      updatedAt: 9,
    }));
    await before.table('respondents').bulkAdd(many.map((row) => sealedAsVersion6(dataKey, 'respondents', row)));
    before.close();
    const formatsBefore = Object.entries(await rawRows(name)).flatMap(([table, values]) =>
      PLAIN_TABLES.has(table) ? [] : values.map((row) => (row[SEALED_FIELD] as Uint8Array)[0]),
    );
    expect(new Set(formatsBefore)).toEqual(new Set([1]));

    const cipher = new FieldCipher(dataKey);
    const current = new OutpostDatabase(name, () => cipher);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(7);
    for (const [table, values] of Object.entries(rows))
      for (const value of values) {
        const stored: unknown = await current.table(table).get(String(value['id']));
        // Version 9 gives drafts their search words: derived fields, added to what was there.
        if (table === 'drafts') expect(stored).toMatchObject(value);
        else expect(stored).toEqual(value);
      }
    expect(await current.respondents.get('acct-q:bulk02499')).toEqual(many[2_499]);
    expect(await current.respondents.count()).toBe(many.length + 1);
    // Search still finds by the blind index the upgrade wrote again.
    expect(await current.responses.where('searchWords').equals(cipher.term('4:amin')).primaryKeys()).toEqual(['r1']);
    current.close();

    const raw = await rawRows(name);
    expect(textOf(raw)).not.toContain(MARK);
    expect(textOf(raw)).not.toContain('Amina');
    expect(raw['surveys']).toEqual(rows['surveys']);
    for (const [table, values] of Object.entries(raw)) {
      if (PLAIN_TABLES.has(table) || table === 'surveys') continue;
      expect(values.length).toBeGreaterThan(0);
      for (const row of values) expect((row[SEALED_FIELD] as Uint8Array)[0]).toBe(2);
    }
  });

  it('rows sealed ahead natively are stored as they are, open like rows sealed one by one, and nothing personal rides along in the clear', async () => {
    const name = freshName();
    const cipher = new FieldCipher(crypto.getRandomValues(new Uint8Array(32)));
    const db = new OutpostDatabase(name, () => cipher);
    const [respondent] = rowsOfEveryTable()['respondents'] ?? [];
    if (!respondent) throw new Error('no respondent');
    const ahead = { ...respondent, id: 'acct-q:ahead', username: 'ahead' };
    const sealed = await db.sealAhead(db.respondents, [ahead]);
    expect(sealed[0]).not.toHaveProperty('email');
    await db.table('respondents').bulkAdd(sealed);
    await db.table('respondents').add({ ...respondent, id: 'acct-q:one', username: 'one' });
    expect(await db.respondents.get('acct-q:ahead')).toEqual(ahead);
    expect(await db.respondents.get('acct-q:one')).toEqual({ ...respondent, id: 'acct-q:one', username: 'one' });
    const raw = (await rawRows(name))['respondents'] ?? [];
    expect(raw.map((row) => (row[SEALED_FIELD] as Uint8Array)[0])).toEqual([2, 2]);
    expect(textOf(raw)).not.toContain(MARK);
    // A row sealed ahead that something added a personal field to is refused, not stored half in the clear.
    await expect(
      db.table('respondents').add({ ...sealed[0], id: 'acct-q:mixed', email: `${MARK}@example.org` }),
    ).rejects.toThrow(/sealed ahead also holds email/);
    // Sealed ahead for one row, the blob does not open as another's.
    const blob = sealed[0]?.[SEALED_FIELD] as Uint8Array;
    expect(() => cipher.open(blob, 'respondents\u0000"acct-q:one"')).toThrow();
    db.close();
  });
});
