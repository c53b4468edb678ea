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
      expect(await responseIdsMatching(db, 'jos')).toEqual([['r2']]);
      expect(await responseIdsMatching(db, 'household josep')).toEqual([['r1', 'r2'], ['r2']]);
      expect(await db.responses.count()).toBe(2);
      expect(await db.outbox.count()).toBe(1);
      expect(db.verno).toBeGreaterThanOrEqual(2);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
