import { deliverableStates, type OutboxItem, type OutboxState } from '../../../common/outbox/outbox-item';
import { applyOutcome, isDue } from '../../../common/sync/apply-outcome';
import type { DeliveryOutcome } from '../../../common/sync/delivery';
import type { OutboxStore } from '../../../common/sync/outbox-feeder';
import type { OutpostDatabase } from '../db/database';

/** The outbox in IndexedDB: every change is one transaction, so a crash leaves each item in a state that is true. */
export class DexieOutboxStore implements OutboxStore {
  constructor(private readonly database: OutpostDatabase) {}

  async due(
    now: number,
    limit: number,
    skipIds: ReadonlySet<string>,
    skipAccounts: ReadonlySet<string>,
  ): Promise<OutboxItem[]> {
    const candidates = await this.database.outbox
      .where('state')
      .anyOf([...deliverableStates])
      .filter((item) => isDue(item, now) && !skipIds.has(item.id) && !skipAccounts.has(item.accountId))
      .limit(limit * 4)
      .toArray();
    // Oldest first, so an interview from last week is not starved by today's.
    return candidates.sort((a, b) => a.createdAt - b.createdAt).slice(0, limit);
  }

  markSending(id: string, now: number): Promise<{ item: OutboxItem; before: OutboxState } | null> {
    return this.database.transaction('rw', this.database.outbox, async () => {
      const item = await this.database.outbox.get(id);
      if (!item || !isDue(item, now)) return null;
      const sending: OutboxItem = { ...item, state: 'sending', updatedAt: now };
      await this.database.outbox.put(sending);
      return { item: sending, before: item.state };
    });
  }

  async record(id: string, outcome: DeliveryOutcome, before: OutboxState): Promise<void> {
    await this.database.transaction('rw', this.database.outbox, async () => {
      const item = await this.database.outbox.get(id);
      if (item) await this.database.outbox.put(applyOutcome(item, outcome, before));
    });
  }
}
