import type { Page } from '@playwright/test';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import type { QmobRespondent } from '../../../common/qmob/schemas';
import { queue, type NewOutboxItem } from '../../../common/outbox/transitions';
import { readTable, writeTable } from './app-database';

/** An outbox item as capture or the roster makes it, queued now. */
export const queuedNow = (input: NewOutboxItem): OutboxItem => queue(input, Date.now(), crypto.randomUUID());

/** A QMob add of these respondents to list 1001 (no password, overwriting), queued now. */
export const queuedQmobAdd = (accountId: string, label: string, respondents: readonly QmobRespondent[]): OutboxItem =>
  queuedNow({
    accountId,
    label,
    payload: {
      kind: 'qmob.add-respondents',
      listId: '1001',
      noPassword: true,
      overwrite: true,
      respondents: [...respondents],
    },
  });

/**
 * Writes outbox items into the app's IndexedDB (sealed, as the app stores
 * them), as capture or the roster would when they finalize something: these
 * tests are about delivery.
 */
export async function putOutboxItems(page: Page, items: readonly OutboxItem[]): Promise<void> {
  await writeTable(page, 'outbox', items);
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

/** Every row of one of the app's IndexedDB stores, opened with the data key. */
export function readStore(page: Page, store: string): Promise<unknown[]> {
  return readTable(page, store);
}
