/**
 * Bundled by bench/lib/outbox-100k.ts and run in Chromium: the Dexie store on the browser's
 * own IndexedDB (the app's database class and store, rows sealed with a data key as in the app), and the in-memory store as the
 * baseline, in the same page and run.
 */
import { MemoryOutboxStore } from '../../common/outbox/memory-outbox-store';
import { OutpostDatabase } from '../../renderer/src/db/database';
import { installDataKey } from '../../renderer/src/db/vault/vault';
import { DexieOutboxStore } from '../../renderer/src/outbox/dexie-outbox-store';
import { measureStore, outboxWorld, type StoreFigures } from './outbox-measure';

async function runOutbox100k(): Promise<{ memory: StoreFigures; dexie: StoreFigures; seedSeconds: number }> {
  const memoryItems = outboxWorld();
  const memory = await measureStore(new MemoryOutboxStore(memoryItems), memoryItems);

  const items = outboxWorld();
  // Rows are sealed with the data key, as in the app (encryption at rest): that cost is part of the store.
  installDataKey(crypto.getRandomValues(new Uint8Array(32)));
  const database = new OutpostDatabase(`bench-outbox-${Date.now()}`);
  await database.open();
  try {
    const seeding = performance.now();
    await database.outbox.bulkAdd(items);
    const seedSeconds = Number(((performance.now() - seeding) / 1000).toFixed(3));
    const dexie = await measureStore(new DexieOutboxStore(database), items);
    return { memory, dexie, seedSeconds };
  } finally {
    database.close();
    await database.delete();
  }
}

Object.assign(globalThis, { runOutbox100k });
