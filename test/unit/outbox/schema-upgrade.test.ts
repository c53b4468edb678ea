import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { FIRST_SCHEMA } from '../../support/first-schema';
import { responseItem } from '../../support/sync-world';

describe('outbox schema upgrades', () => {
  it('keeps every item, in every state, when a database of the first version is opened by this version', async () => {
    const name = `outpost-upgrade-${Date.now()}`;
    const first = new Dexie(name);
    first.version(1).stores(FIRST_SCHEMA);
    const states = ['queued', 'sending', 'delivered', 'retry-wait', 'needs-attention', 'import-started'] as const;
    const items = Array.from({ length: 600 }, (_, index) => ({
      ...responseItem('acct', 1_000 + index),
      state: states[index % states.length] ?? 'queued',
    }));
    await first.table('outbox').bulkAdd(items);
    await first.table('responses').add({
      id: 'response-1',
      surveyKey: 'k',
      state: 'finalized',
      finalizedAt: 5,
      outboxId: items[0]?.id,
      searchText: 'amina',
    });
    first.close();

    const current = new OutpostDatabase(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(1);
    expect(await current.outbox.count()).toBe(items.length);
    for (const state of states) {
      expect(await current.outbox.where('state').equals(state).count()).toBe(items.length / states.length);
    }
    const sample = items[123];
    expect(await current.outbox.get(sample?.id ?? '')).toEqual(sample);
    expect(await current.responses.get('response-1')).toMatchObject({ id: 'response-1', outboxId: items[0]?.id });
    current.close();
  });
});
