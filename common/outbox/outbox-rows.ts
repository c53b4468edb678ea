import type { OutboxItem, OutboxState } from './outbox-item';

/**
 * Where outbox rows live: IndexedDB in the app, memory in benchmarks and tests.
 * Only OutboxStore uses it; it holds no rules, only rows and the two orders
 * the store reads them in.
 */
export interface OutboxRows {
  /**
   * Runs `work` as one transaction. Inside a transaction of the caller's that
   * includes the outbox (finalizing a response, queueing a roster batch) it joins that one.
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /** Inside `atomically`: runs `callback` once the outermost transaction has committed. */
  afterCommit(callback: () => void): void;
  get(id: string): Promise<OutboxItem | undefined>;
  /** Adds new rows; fails (and the transaction with it) when an id is already stored. */
  add(items: readonly OutboxItem[]): Promise<void>;
  put(items: readonly OutboxItem[]): Promise<void>;
  /** Up to `limit` rows in `state` that pass `keep`, oldest first (createdAt, then id): the [state+createdAt] order. */
  oldestIn(state: OutboxState, keep: (item: OutboxItem) => boolean, limit: number): Promise<OutboxItem[]>;
  /**
   * Up to `limit` rows whose next attempt (a retry, or a delivered item's
   * verification) is due by `now`, in any order: the nextAttemptAt index.
   */
  retriesDueBy(now: number, limit: number): Promise<OutboxItem[]>;
  /** Up to `limit` rows that pass `keep` whose nextAttemptAt is later than `moment`: the same index. */
  timedAfter(moment: number, keep: (item: OutboxItem) => boolean, limit: number): Promise<OutboxItem[]>;
  /** Like changeAllIn, over every row with a nextAttemptAt (the index), whatever its state. */
  changeAllTimed(change: (item: OutboxItem) => OutboxItem | null): Promise<number>;
  /** Replaces each row in `state` by what `change` makes of it (null: unchanged); returns how many changed. */
  changeAllIn(state: OutboxState, change: (item: OutboxItem) => OutboxItem | null): Promise<number>;
  countIn(states: readonly OutboxState[]): Promise<number>;
}
