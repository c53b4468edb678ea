import { defineMessages, said } from '../i18n/phrase';
import { failSaying, ok, type Result } from '../result';
import type { DeliveryOutcome } from '../sync/delivery';
import type { OutboxItem, OutboxPayload, OutboxState } from './outbox-item';
import type { OutboxRows } from './outbox-rows';
import { isDue, MAX_RETRY_WAIT_MS } from './states';
import { applyOutcome, discard, markSending, replace, retryNow, syncNow, type Position } from './transitions';

/** Why a correction is refused: said in the interface's language where it is shown. */
const refusals = defineMessages({
  itemMissing: { id: 'outbox.refusal.itemMissing', defaultMessage: 'This item is no longer in the outbox.' },
  underWay: {
    id: 'outbox.refusal.underWay',
    defaultMessage: 'This item is already on its way to the server, or finished, so it can no longer be corrected.',
  },
  otherKind: { id: 'outbox.refusal.otherKind', defaultMessage: 'A correction must be the same kind of item.' },
});

/** An item just marked "sending", and where it stood before. */
export interface Pickup {
  item: OutboxItem;
  before: Position;
}

/**
 * Up to this many due retries are read through the nextAttemptAt index and
 * sorted; beyond it (a long outage, "Sync now") due retries are dense enough that
 * walking the [state+createdAt] index finds the oldest after a few rows.
 */
const RETRY_LOOKUP_MAX = 1_000;

const byAge = (a: OutboxItem, b: OutboxItem): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The outbox: the only code that writes outbox rows. Each method applies one
 * transition from ./transitions in one transaction, and tells its listeners
 * once that has committed when an item may have become due.
 */
export class OutboxStore {
  private readonly listeners = new Set<() => void>();

  constructor(
    protected readonly rows: OutboxRows,
    /** Ids for corrections: crypto.randomUUID in the app. */
    private readonly newId: () => string,
  ) {}

  /** Called after every committed change that can make an item due: new items, retries, corrections, "Sync now". */
  onDueChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): Promise<OutboxItem | undefined> {
    return this.rows.get(id);
  }

  countIn(states: readonly OutboxState[]): Promise<number> {
    return this.rows.countIn(states);
  }

  /** Adds items built by `queue` (or restored from a backup); joins the caller's transaction. */
  add(items: readonly OutboxItem[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    return this.rows.atomically(async () => {
      await this.rows.add(items);
      this.announceAfterCommit();
    });
  }

  /**
   * Due items, oldest first, skipping the given ids and accounts. Reads at most
   * about `limit` rows per deliverable state, plus what is skipped.
   */
  async due(
    now: number,
    limit: number,
    skipIds: ReadonlySet<string>,
    skipAccounts: ReadonlySet<string>,
  ): Promise<OutboxItem[]> {
    if (limit <= 0) return [];
    const keep = (item: OutboxItem): boolean =>
      isDue(item, now) && !skipIds.has(item.id) && !skipAccounts.has(item.accountId);
    // An interrupted item is taken even for a held account: the engine's "held" answer moves it to a retry that can
    // be discarded, where skipping it would leave it "Sending" with nothing sending it.
    const interrupted = (item: OutboxItem): boolean => isDue(item, now) && !skipIds.has(item.id);
    const [queued, sending, retries] = await Promise.all([
      this.rows.oldestIn('queued', keep, limit),
      this.rows.oldestIn('sending', interrupted, limit),
      this.dueRetries(now, limit, keep),
    ]);
    return [...queued, ...sending, ...retries].sort(byAge).slice(0, limit);
  }

  private async dueRetries(now: number, limit: number, keep: (item: OutboxItem) => boolean): Promise<OutboxItem[]> {
    // Times a clock set back has pushed far out: due now (see isDue).
    const far = await this.rows.timedAfter(now + MAX_RETRY_WAIT_MS, keep, limit);
    const few = await this.rows.retriesDueBy(now, RETRY_LOOKUP_MAX + 1);
    if (few.length <= RETRY_LOOKUP_MAX) return [...few.filter(keep), ...far].sort(byAge).slice(0, limit);
    return [...(await this.rows.oldestIn('retry-wait', keep, limit)), ...far].sort(byAge).slice(0, limit);
  }

  /** Null when the item is gone or no longer due (another drain took it, it was discarded). */
  markSending(id: string, now: number): Promise<Pickup | null> {
    return this.rows.atomically(async () => {
      const item = await this.rows.get(id);
      const sending = item ? markSending(item, now) : null;
      if (!item || !sending) return null;
      await this.rows.put([sending]);
      return { item: sending, before: { state: item.state, nextAttemptAt: item.nextAttemptAt } };
    });
  }

  record(id: string, outcome: DeliveryOutcome, before: Position): Promise<void> {
    return this.rows.atomically(async () => {
      const item = await this.rows.get(id);
      const next = item ? applyOutcome(item, outcome, before) : null;
      if (next) await this.rows.put([next]);
    });
  }

  retryNow(id: string, now: number): Promise<OutboxItem | null> {
    return this.change(id, (item) => retryNow(item, now), true);
  }

  discard(id: string, now: number): Promise<OutboxItem | null> {
    return this.change(id, (item) => discard(item, now), false);
  }

  /**
   * "Sync now": every waiting retry and pending verification is due at once, and
   * items given up on after a transient failure are queued again. Returns how many changed.
   */
  syncNow(now: number): Promise<number> {
    return this.rows.atomically(async () => {
      const step = (item: OutboxItem): OutboxItem | null => syncNow(item, now);
      const changed =
        (await this.rows.changeAllIn('retry-wait', step)) +
        (await this.rows.changeAllIn('needs-attention', step)) +
        (await this.rows.changeAllTimed((item) => (item.state === 'delivered' ? step(item) : null)));
      this.announceAfterCommit();
      return changed;
    });
  }

  /**
   * A correction: a new queued item with `payload` replaces the old one; joins the caller's transaction.
   * `correctionId` is given when the payload must carry the new item's id (a response's externalReference).
   */
  replace(
    id: string,
    payload: OutboxPayload,
    now: number,
    correctionId: string = this.newId(),
  ): Promise<Result<OutboxItem>> {
    return this.rows.atomically(async () => {
      const item = await this.rows.get(id);
      if (!item) return failSaying('outbox-item-missing', said(refusals.itemMissing));
      const step = replace(item, payload, now, correctionId);
      if (!step)
        return failSaying(
          'outbox-not-replaceable',
          said(payload.kind === item.payload.kind ? refusals.underWay : refusals.otherKind),
        );
      await this.rows.put([step.replaced]);
      await this.rows.add([step.correction]);
      this.announceAfterCommit();
      return ok(step.correction);
    });
  }

  private change(
    id: string,
    step: (item: OutboxItem) => OutboxItem | null,
    mayBecomeDue: boolean,
  ): Promise<OutboxItem | null> {
    return this.rows.atomically(async () => {
      const item = await this.rows.get(id);
      const next = item ? step(item) : null;
      if (!next) return null;
      await this.rows.put([next]);
      if (mayBecomeDue) this.announceAfterCommit();
      return next;
    });
  }

  private announceAfterCommit(): void {
    this.rows.afterCommit(() => {
      for (const listener of [...this.listeners]) listener();
    });
  }
}
