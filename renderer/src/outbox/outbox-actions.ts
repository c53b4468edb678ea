import { outboxPayloadSchema, type OutboxItem, type OutboxPayload } from '../../../common/outbox/outbox-item';
import { database } from '../db/database';
import { saveJsonFile } from '../files/save-file';
import { newOutboxItem } from './new-item';

/** Send again as soon as possible; an earlier unknown outcome is still looked up first (it stays in the history). */
export async function retryNow(id: string): Promise<void> {
  await database.transaction('rw', database.outbox, async () => {
    const item = await database.outbox.get(id);
    if (!item || (item.state !== 'retry-wait' && item.state !== 'needs-attention')) return;
    await database.outbox.put({ ...item, state: 'queued', nextAttemptAt: null, updatedAt: Date.now() });
  });
}

/**
 * A correction never edits what was finalized: it becomes a new item that
 * replaces the refused one, and both keep the link.
 */
export async function requeueCorrected(id: string, payload: OutboxPayload): Promise<OutboxItem> {
  const checked = outboxPayloadSchema.parse(payload);
  return database.transaction('rw', database.outbox, async () => {
    const old = await database.outbox.get(id);
    if (!old || old.state !== 'needs-attention') throw new Error('Only an item that needs attention can be corrected.');
    if (checked.kind !== old.payload.kind) throw new Error('A correction must be the same kind of item.');
    const now = Date.now();
    const correction = newOutboxItem(
      { accountId: old.accountId, payload: checked, label: old.label, replaces: old.id },
      now,
    );
    await database.outbox.put({ ...old, state: 'replaced', replacedBy: correction.id, updatedAt: now });
    await database.outbox.add(correction);
    return correction;
  });
}

/** Discarding is final, so the item is saved to a file first. */
export async function discardAfterExport(item: OutboxItem): Promise<void> {
  saveJsonFile(`outpost-discarded-${item.id}.json`, [item]);
  await database.transaction('rw', database.outbox, async () => {
    const current = await database.outbox.get(item.id);
    if (!current || current.state === 'delivered' || current.state === 'sending') return;
    await database.outbox.put({ ...current, state: 'discarded', nextAttemptAt: null, updatedAt: Date.now() });
  });
}

export function exportItems(items: readonly OutboxItem[]): void {
  saveJsonFile(`outpost-outbox-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.json`, items);
}
