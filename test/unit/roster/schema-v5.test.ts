import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { waitingToQueue } from '../../../renderer/src/roster/queries';
import { FIRST_SCHEMA } from '../../support/first-schema';

/** Version 2 as it shipped (the first schema plus the responses' search words). */
const VERSION_2 = { ...FIRST_SCHEMA, responses: 'id, surveyKey, state, finalizedAt, outboxId, *searchWords' };

describe('schema version 5 (roster import runs)', () => {
  it('opens a version-2 database with data: every row kept, queued members counted from the new index', async () => {
    const name = `outpost-v5-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(2).stores(VERSION_2);
    await old
      .table('rosterLists')
      .add({ id: 'list-1', accountId: 'a', groupId: '1', name: 'L', preview: false, previewMax: null, createdAt: 0 });
    const memberships = Array.from({ length: 300 }, (_, i) => ({
      id: `list-1|a:u${i}`,
      listId: 'list-1',
      respondentId: `a:u${i}`,
      outboxId: i % 3 === 0 ? `outbox-${i}` : null,
      addedAt: i,
    }));
    await old.table('memberships').bulkAdd(memberships);
    await old.table('respondents').bulkAdd(
      memberships.map((m, i) => ({
        id: m.respondentId,
        accountId: 'a',
        username: `u${i}`,
        phonenumber: '+1',
        email: '',
        sampleFields: {},
        updatedAt: 0,
      })),
    );
    old.close();

    const current = new OutpostDatabase(name);
    await current.open();
    // Version 5 or a later one (6 seals rows at rest) on top of it.
    expect(current.verno).toBeGreaterThanOrEqual(5);
    expect(await current.memberships.count()).toBe(300);
    expect(await current.respondents.count()).toBe(300);
    expect(await current.memberships.get('list-1|a:u3')).toEqual(memberships[3]);
    expect(await waitingToQueue(current, 'list-1')).toBe(200);
    expect(await current.importRuns.count()).toBe(0);
    expect(await current.importJournal.count()).toBe(0);
    await current.delete();
  });
});
