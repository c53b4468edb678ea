import type { OutboxItem, OutboxState } from './outbox-item';
import type { OutboxRows } from './outbox-rows';
import { OutboxStore } from './outbox-store';

const older = (a: OutboxItem, b: OutboxItem): boolean =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

/** Above this many rows in one write, the orders are rebuilt instead of inserted into. */
const BULK_WRITE = 256;

/** Items of one state kept in [createdAt, id] order, like the Dexie store's [state+createdAt] index. */
class AgeOrder {
  readonly items: OutboxItem[] = [];

  insert(item: OutboxItem): void {
    this.items.splice(this.positionOf(item), 0, item);
  }

  remove(item: OutboxItem): void {
    const at = this.positionOf(item);
    if (this.items[at]?.id === item.id) this.items.splice(at, 1);
  }

  /** The first position whose item is not older than `item` (binary search). */
  private positionOf(item: OutboxItem): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const candidate = this.items[middle];
      if (candidate && older(candidate, item)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** The outbox's rows in memory, ordered as the Dexie store's indexes order them. */
class MemoryOutboxRows implements OutboxRows {
  readonly items = new Map<string, OutboxItem>();
  /** Rows with a nextAttemptAt, like the Dexie store's nextAttemptAt index (which leaves nulls out). */
  private readonly timed = new Map<string, OutboxItem>();
  private readonly byState = new Map<OutboxState, AgeOrder>();
  private queue: Promise<unknown> = Promise.resolve();
  private pendingCallbacks: (() => void)[] | null = null;

  /** One at a time, like IndexedDB's read-write transactions on one table. Not reentrant. */
  atomically<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.pendingCallbacks = [];
      try {
        const result = await work();
        const callbacks = this.pendingCallbacks;
        this.pendingCallbacks = null;
        void Promise.resolve().then(() => {
          for (const callback of callbacks) callback();
        });
        return result;
      } finally {
        this.pendingCallbacks = null;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  afterCommit(callback: () => void): void {
    if (this.pendingCallbacks) this.pendingCallbacks.push(callback);
    else void Promise.resolve().then(callback);
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return this.items.get(id);
  }

  async add(items: readonly OutboxItem[]): Promise<void> {
    const duplicate = items.find((item) => this.items.has(item.id));
    if (duplicate) throw new Error(`Outbox item ${duplicate.id} is already stored.`);
    this.write(items);
  }

  async put(items: readonly OutboxItem[]): Promise<void> {
    this.write(items);
  }

  /** Rows written without the store, as a test or the benchmark sets up a world. */
  write(items: Iterable<OutboxItem>): void {
    const batch = [...items];
    if (batch.length <= BULK_WRITE) {
      for (const item of batch) {
        const previous = this.items.get(item.id);
        if (previous) this.order(previous.state).remove(previous);
        this.items.set(item.id, item);
        this.index(item);
        this.order(item.state).insert(item);
      }
      return;
    }
    // Many rows at once (seeding 100,000, "Sync now"): one sort instead of one insertion each.
    for (const item of batch) {
      this.items.set(item.id, item);
      this.index(item);
    }
    this.byState.clear();
    for (const item of this.items.values()) this.order(item.state).items.push(item);
    for (const order of this.byState.values()) order.items.sort((a, b) => (older(a, b) ? -1 : older(b, a) ? 1 : 0));
  }

  async oldestIn(state: OutboxState, keep: (item: OutboxItem) => boolean, limit: number): Promise<OutboxItem[]> {
    const found: OutboxItem[] = [];
    for (const item of this.order(state).items) {
      if (found.length >= limit) break;
      if (keep(item)) found.push(item);
    }
    return found;
  }

  async retriesDueBy(now: number, limit: number): Promise<OutboxItem[]> {
    const found: OutboxItem[] = [];
    for (const item of this.timed.values()) {
      if (found.length >= limit) break;
      if (item.nextAttemptAt !== null && item.nextAttemptAt <= now) found.push(item);
    }
    return found;
  }

  async timedAfter(moment: number, keep: (item: OutboxItem) => boolean, limit: number): Promise<OutboxItem[]> {
    const found: OutboxItem[] = [];
    for (const item of this.timed.values()) {
      if (found.length >= limit) break;
      if (item.nextAttemptAt !== null && item.nextAttemptAt > moment && keep(item)) found.push(item);
    }
    return found;
  }

  async changeAllTimed(change: (item: OutboxItem) => OutboxItem | null): Promise<number> {
    const changed = [...this.timed.values()].flatMap((item) => change(item) ?? []);
    this.write(changed);
    return changed.length;
  }

  private index(item: OutboxItem): void {
    if (item.nextAttemptAt === null) this.timed.delete(item.id);
    else this.timed.set(item.id, item);
  }

  async changeAllIn(state: OutboxState, change: (item: OutboxItem) => OutboxItem | null): Promise<number> {
    const changed = [...this.order(state).items].flatMap((item) => change(item) ?? []);
    this.write(changed);
    return changed.length;
  }

  async countIn(states: readonly OutboxState[]): Promise<number> {
    return states.reduce((sum, state) => sum + this.order(state).items.length, 0);
  }

  private order(state: OutboxState): AgeOrder {
    let order = this.byState.get(state);
    if (!order) {
      order = new AgeOrder();
      this.byState.set(state, order);
    }
    return order;
  }
}

/** Valid, distinct and repeatable UUIDs (version 4 layout) for corrections made in tests and benchmarks. */
function countingUuids(): () => string {
  let count = 0;
  return () => {
    count += 1;
    return `00000000-0000-4000-8000-${count.toString(16).padStart(12, '0')}`;
  };
}

/** The outbox kept in memory, with the same rules as the Dexie store: for the sync benchmark and Node tests. */
export class MemoryOutboxStore extends OutboxStore {
  private readonly memory: MemoryOutboxRows;

  constructor(items: Iterable<OutboxItem> = [], newId: () => string = countingUuids()) {
    const rows = new MemoryOutboxRows();
    rows.write(items);
    super(rows, newId);
    this.memory = rows;
  }

  /** Every item by id, to read. */
  get items(): ReadonlyMap<string, OutboxItem> {
    return this.memory.items;
  }

  /** Puts items as they are, bypassing the transitions: for setting up tests and benchmarks only. */
  seed(items: Iterable<OutboxItem>): void {
    this.memory.write(items);
  }

  countByState(): Partial<Record<OutboxState, number>> {
    const counts: Partial<Record<OutboxState, number>> = {};
    for (const item of this.memory.items.values()) counts[item.state] = (counts[item.state] ?? 0) + 1;
    return counts;
  }
}
