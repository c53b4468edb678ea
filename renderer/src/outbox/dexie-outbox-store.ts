import Dexie from 'dexie';
import type { OutboxItem, OutboxState } from '../../../common/outbox/outbox-item';
import type { OutboxRows } from '../../../common/outbox/outbox-rows';
import { OutboxStore } from '../../../common/outbox/outbox-store';
import type { OutpostDatabase } from '../db/database';

/** The outbox's rows in IndexedDB: every store method is one transaction, so a crash leaves each item in a true state. */
class DexieOutboxRows implements OutboxRows {
  constructor(private readonly database: OutpostDatabase) {}

  private get table() {
    return this.database.outbox;
  }

  atomically<T>(work: () => Promise<T>): Promise<T> {
    // Inside a caller's transaction that includes the outbox, Dexie runs this as part of it.
    return this.database.transaction('rw', this.table, work);
  }

  afterCommit(callback: () => void): void {
    let transaction = Dexie.currentTransaction;
    if (!transaction) {
      queueMicrotask(callback);
      return;
    }
    while (transaction.parent) transaction = transaction.parent;
    transaction.on('complete', callback);
  }

  get(id: string): Promise<OutboxItem | undefined> {
    return this.table.get(id);
  }

  async add(items: readonly OutboxItem[]): Promise<void> {
    await this.table.bulkAdd([...items]);
  }

  async put(items: readonly OutboxItem[]): Promise<void> {
    await this.table.bulkPut([...items]);
  }

  oldestIn(state: OutboxState, keep: (item: OutboxItem) => boolean, limit: number): Promise<OutboxItem[]> {
    return this.table
      .where('[state+createdAt]')
      .between([state, Dexie.minKey], [state, Dexie.maxKey])
      .filter(keep)
      .limit(limit)
      .toArray();
  }

  retriesDueBy(now: number, limit: number): Promise<OutboxItem[]> {
    return this.table.where('nextAttemptAt').belowOrEqual(now).limit(limit).toArray();
  }

  timedAfter(moment: number, keep: (item: OutboxItem) => boolean, limit: number): Promise<OutboxItem[]> {
    return this.table.where('nextAttemptAt').above(moment).filter(keep).limit(limit).toArray();
  }

  changeAllTimed(change: (item: OutboxItem) => OutboxItem | null): Promise<number> {
    let changed = 0;
    return this.table
      .where('nextAttemptAt')
      .aboveOrEqual(-Infinity)
      .modify((item, context) => {
        const next = change(item);
        if (!next) return;
        context.value = next;
        changed += 1;
      })
      .then(() => changed);
  }

  changeAllIn(state: OutboxState, change: (item: OutboxItem) => OutboxItem | null): Promise<number> {
    let changed = 0;
    return this.table
      .where('state')
      .equals(state)
      .modify((item, context) => {
        const next = change(item);
        if (!next) return;
        context.value = next;
        changed += 1;
      })
      .then(() => changed);
  }

  async countIn(states: readonly OutboxState[]): Promise<number> {
    // One native index count per state: Dexie counts an anyOf() by walking a cursor over whole rows, so every item
    // (a season's 100,000 delivered ones included) would be opened, decrypted, to be counted.
    const counts = await Promise.all(states.map((state) => this.table.where('state').equals(state).count()));
    return counts.reduce((sum, count) => sum + count, 0);
  }
}

/** The outbox in IndexedDB. */
export class DexieOutboxStore extends OutboxStore {
  constructor(database: OutpostDatabase) {
    super(new DexieOutboxRows(database), () => crypto.randomUUID());
  }
}

const stores = new WeakMap<OutpostDatabase, DexieOutboxStore>();

/** One store per database, so every writer's changes reach the same listeners (the agent). */
export function outboxStoreFor(database: OutpostDatabase): DexieOutboxStore {
  let store = stores.get(database);
  if (!store) {
    store = new DexieOutboxStore(database);
    stores.set(database, store);
  }
  return store;
}
