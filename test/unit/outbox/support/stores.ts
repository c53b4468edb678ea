import 'fake-indexeddb/auto';
import { MemoryOutboxStore } from '../../../../common/outbox/memory-outbox-store';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import type { OutboxStore } from '../../../../common/outbox/outbox-store';
import { OutpostDatabase } from '../../../../renderer/src/db/database';
import { DexieOutboxStore } from '../../../../renderer/src/outbox/dexie-outbox-store';

/** A store under test, with a way to set up rows as they would be found on disk. */
export interface StoreUnderTest {
  store: OutboxStore;
  /** Writes rows as they are, without the store's rules: test set-up only. */
  seed(items: readonly OutboxItem[]): Promise<void>;
  dispose(): Promise<void>;
  /** The Dexie database, for tests of transactions the caller opens. */
  database?: OutpostDatabase;
}

let databases = 0;

export const storeMakers: Record<'memory' | 'dexie', () => Promise<StoreUnderTest>> = {
  memory: async () => {
    const store = new MemoryOutboxStore();
    return { store, seed: async (items) => store.seed(items), dispose: async () => undefined };
  },
  dexie: async () => {
    databases += 1;
    const database = new OutpostDatabase(`outbox-contract-${databases}-${crypto.randomUUID()}`);
    await database.open();
    return {
      store: new DexieOutboxStore(database),
      database,
      seed: async (items) => {
        await database.outbox.bulkPut([...items]);
      },
      dispose: async () => {
        database.close();
        await database.delete();
      },
    };
  },
};
