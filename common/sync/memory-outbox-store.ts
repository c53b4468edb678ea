import type { OutboxItem, OutboxState } from '../outbox/outbox-item';
import { applyOutcome, isDue } from './apply-outcome';
import type { DeliveryOutcome } from './delivery';
import type { OutboxStore } from './outbox-feeder';

/**
 * The outbox kept in memory, with the same rules as the Dexie store: for the
 * sync benchmark and engine tests, which run in Node without IndexedDB.
 */
export class MemoryOutboxStore implements OutboxStore {
  readonly items = new Map<string, OutboxItem>();

  constructor(items: Iterable<OutboxItem> = []) {
    for (const item of items) this.items.set(item.id, item);
  }

  async due(
    now: number,
    limit: number,
    skipIds: ReadonlySet<string>,
    skipAccounts: ReadonlySet<string>,
  ): Promise<OutboxItem[]> {
    const due: OutboxItem[] = [];
    for (const item of this.items.values()) {
      if (due.length >= limit) break;
      if (isDue(item, now) && !skipIds.has(item.id) && !skipAccounts.has(item.accountId)) due.push(item);
    }
    return due;
  }

  async markSending(id: string, now: number): Promise<{ item: OutboxItem; before: OutboxState } | null> {
    const item = this.items.get(id);
    if (!item || !isDue(item, now)) return null;
    const sending: OutboxItem = { ...item, state: 'sending', updatedAt: now };
    this.items.set(id, sending);
    return { item: sending, before: item.state };
  }

  async record(id: string, outcome: DeliveryOutcome, before: OutboxState): Promise<void> {
    const item = this.items.get(id);
    if (item) this.items.set(id, applyOutcome(item, outcome, before));
  }

  countByState(): Partial<Record<OutboxState, number>> {
    const counts: Partial<Record<OutboxState, number>> = {};
    for (const item of this.items.values()) counts[item.state] = (counts[item.state] ?? 0) + 1;
    return counts;
  }
}
