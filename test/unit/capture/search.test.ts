import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchTokens, searchWordsOf } from '../../../common/capture';
import { responseIdsMatching } from '../../../renderer/src/capture/responses/search-responses';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FIRST_SCHEMA } from '../../support/first-schema';

describe('search words', () => {
  it('splits into unique lower-case words, keeping e-mail addresses whole', () => {
    expect(searchWordsOf('Amina Kamau, amina@example.org; +254700000001 — Kibera. Kibera!')).toEqual([
      'amina',
      'kamau',
      'amina@example.org',
      '254700000001',
      'kibera',
    ]);
    expect(searchTokens('  Village 42 ')).toEqual(['village', '42']);
    expect(searchWordsOf('x'.repeat(100))[0]).toHaveLength(40);
  });
});

describe('schema version 2', () => {
  it('upgrades a version 1 database with responses in it, indexing their words and keeping every row', async () => {
    const name = 'capture-upgrade-test';
    const v1 = new Dexie(name);
    v1.version(1).stores(FIRST_SCHEMA);
    await v1.table('responses').bulkAdd([
      { id: 'r1', surveyKey: 'a/1/1', finalizedAt: 1, outboxId: 'r1', searchText: 'household water amina' },
      { id: 'r2', surveyKey: 'a/1/1', finalizedAt: 2, outboxId: 'r2', searchText: 'household water joseph' },
    ]);
    await v1
      .table('outbox')
      .add({ id: 'r1', state: 'queued', service: 'questionpro', accountId: 'a', createdAt: 1, nextAttemptAt: null });
    v1.close();

    const db = new OutpostDatabase(name);
    try {
      expect([...(await responseIdsMatching(db, 'jos'))]).toEqual(['r2']);
      expect([...(await responseIdsMatching(db, 'household josep'))]).toEqual(['r2']);
      expect([...(await responseIdsMatching(db, 'household josep', new Set(['r1'])))]).toEqual([]);
      expect(await db.responses.count()).toBe(2);
      expect(await db.outbox.count()).toBe(1);
      expect(db.verno).toBeGreaterThanOrEqual(2);
    } finally {
      db.close();
      await db.delete();
    }
  });
});

describe('search opens few rows', () => {
  it('narrows by the exact words first, so a long common word opens only the rows still in question', async () => {
    const db = new OutpostDatabase('capture-search-narrowing-test');
    try {
      await db.open();
      const rows = Array.from({ length: 500 }, (_, index) => ({
        id: `r${index}`,
        surveyKey: 'a/1/1',
        finalizedAt: index,
        outboxId: `r${index}`,
        searchText: `village ${String(index).padStart(4, '0')}`,
        searchWords: [],
      }));
      await db.responses.bulkAdd(rows as never);
      const opened: number[] = [];
      const bulkGet = db.responses.bulkGet.bind(db.responses);
      db.responses.bulkGet = ((keys: string[]) => {
        opened.push(keys.length);
        return bulkGet(keys);
      }) as typeof db.responses.bulkGet;

      expect([...(await responseIdsMatching(db, 'village 0042'))]).toEqual(['r42']);
      expect(opened).toEqual([1]);
      opened.length = 0;
      expect([...(await responseIdsMatching(db, 'village', new Set(['r7', 'r8'])))].sort()).toEqual(['r7', 'r8']);
      expect(opened).toEqual([2]);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
