import type { Page } from '@playwright/test';
import type { OutboxItem } from '../../../common/outbox/outbox-item';

/**
 * Writes outbox items straight into the app's IndexedDB, as capture or the
 * roster would when they finalize something: these tests are about delivery.
 */
export async function putOutboxItems(page: Page, items: readonly OutboxItem[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('outpost');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('outbox', 'readwrite');
      for (const row of rows) tx.objectStore('outbox').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, items);
}

export async function outboxStates(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('outpost');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<{ state: string }[]>((resolve, reject) => {
      const read = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
      read.onsuccess = () => resolve(read.result as { state: string }[]);
      read.onerror = () => reject(read.error);
    });
    db.close();
    const counts: Record<string, number> = {};
    for (const row of all) counts[row.state] = (counts[row.state] ?? 0) + 1;
    return counts;
  });
}

/** Every row of one of the app's IndexedDB stores, read with the raw API. */
export async function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('outpost');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const read = db.transaction(name, 'readonly').objectStore(name).getAll();
      read.onsuccess = () => resolve(read.result as unknown[]);
      read.onerror = () => reject(read.error);
    });
    db.close();
    return rows;
  }, store);
}
