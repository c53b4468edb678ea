import { createHash } from 'node:crypto';

/** Runs calls no faster than a service allows; one limiter per credential. */
export interface RateLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
  /** Writes any record it keeps to disk; on shutdown. */
  flush?(): void;
}

export interface LimiterClock {
  /**
   * Milliseconds on a clock that never jumps (monotonic): every wait and window
   * is measured on it, so a wall clock set back a day delays nothing.
   */
  now(): number;
  /** The wall clock, used only to carry the record of recent calls across a restart. Defaults to `now`. */
  wallNow?(): number;
  sleep(ms: number): Promise<void>;
}

/** One call as remembered across restarts, in wall-clock milliseconds; `finishedAt` null while it runs. */
export interface RememberedCall {
  readonly startedAt: number;
  readonly finishedAt: number | null;
}

/** Where a limiter keeps its recent calls, so a restarted app still knows what it spent. */
export interface CallHistory {
  load(): readonly RememberedCall[];
  /** Before a call is sent: durable when this returns, so a kill right after cannot forget it. */
  writeAhead(calls: readonly RememberedCall[]): void;
  /** After a call finished: may be coalesced (the write-ahead record already errs on the safe side). */
  save(calls: readonly RememberedCall[]): void;
  /** Writes what `save` coalesced; on shutdown. */
  flush(): void;
}

export const realLimiterClock: LimiterClock = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Entry {
  readonly startedAt: number;
  finishedAt: number | null;
}

/**
 * At most `callsPerWindow` calls in any `windowMs`, as the server counts them.
 *
 * The server counts a call when it arrives, which is somewhere between the
 * moment we start it and the moment its answer is back. So call k starts only
 * once call k−N has *finished* and a whole window has passed since: then any N+1
 * consecutive arrivals span at least one window, whatever the network's delays.
 * (Counting start times, as interval-based queues do, lets a slow handshake in
 * one window and a fast one in the next land N+1 calls in one server window.)
 *
 * Times inside are monotonic. The record on disk is in wall-clock time; read back
 * after a restart, a call still marked running counts as finished at the restart
 * (the process that sent it is gone), and a time in the future (the clock was set
 * back since) counts as "just now": both err towards waiting, never towards a 429.
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  /** The last N calls in start order. */
  private readonly recent: Entry[] = [];
  private readonly waitingForFinish: (() => void)[] = [];
  private turn: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: { readonly callsPerWindow: number; readonly windowMs: number },
    private readonly clock: LimiterClock = realLimiterClock,
    private readonly history?: CallHistory,
  ) {
    const monotonicNow = clock.now();
    const wallNow = this.wallNow();
    const toMonotonic = (wall: number): number => monotonicNow - (wallNow - Math.min(wall, wallNow));
    const remembered = (history?.load() ?? [])
      .map((call) => ({
        startedAt: toMonotonic(call.startedAt),
        finishedAt: toMonotonic(Math.max(call.finishedAt ?? wallNow, call.startedAt)),
      }))
      .filter((call) => call.finishedAt > monotonicNow - options.windowMs)
      .sort((a, b) => a.finishedAt - b.finishedAt);
    this.recent.push(...remembered.slice(-options.callsPerWindow));
  }

  async schedule<T>(task: () => Promise<T>): Promise<T> {
    const call = await this.acquire();
    try {
      return await task();
    } finally {
      call.finishedAt = this.clock.now();
      for (const wake of this.waitingForFinish.splice(0)) wake();
      this.history?.save(this.snapshot());
    }
  }

  flush(): void {
    this.history?.flush();
  }

  private wallNow(): number {
    return this.clock.wallNow ? this.clock.wallNow() : this.clock.now();
  }

  private snapshot(): RememberedCall[] {
    const offset = this.wallNow() - this.clock.now();
    return this.recent.map((entry) => ({
      startedAt: entry.startedAt + offset,
      finishedAt: entry.finishedAt === null ? null : entry.finishedAt + offset,
    }));
  }

  /** Calls take their turn one at a time, so the window is never overbooked. */
  private acquire(): Promise<Entry> {
    const acquired = this.turn.then(() => this.waitForRoom());
    this.turn = acquired.then(() => undefined);
    return acquired;
  }

  private async waitForRoom(): Promise<Entry> {
    const { callsPerWindow, windowMs } = this.options;
    while (this.recent.length >= callsPerWindow) {
      const oldest = this.recent[0];
      if (!oldest) break;
      if (oldest.finishedAt === null) {
        await new Promise<void>((resolve) => this.waitingForFinish.push(resolve));
        continue;
      }
      const wait = oldest.finishedAt + windowMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      else this.recent.shift();
    }
    const call: Entry = { startedAt: this.clock.now(), finishedAt: null };
    this.recent.push(call);
    // Written ahead: the server may count this call from the moment it leaves.
    this.history?.writeAhead(this.snapshot());
    return call;
  }
}

export const unlimited: RateLimiter = { schedule: (task) => task() };

/** QuestionPro's documented limit: 300 calls per 60 s per key. */
export const QUESTIONPRO_RATE_LIMIT = { callsPerWindow: 300, windowMs: 60_000 } as const;

/**
 * A stable name for an API key that reveals nothing about it: what the limiter
 * registry and its file on disk are keyed by. Keys are long random strings, so
 * a plain SHA-256 cannot be reversed by guessing.
 */
export function keyFingerprint(apiKey: string): string {
  return createHash('sha256').update('outpost rate limit\u0000').update(apiKey).digest('hex').slice(0, 32);
}

/**
 * Hands out one limiter per key: QuestionPro counts calls per key, so every
 * client of every account that uses the same key shares one budget.
 */
export class RateLimiterRegistry {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(
    private readonly create: (fingerprint: string) => RateLimiter = () =>
      new SlidingWindowRateLimiter(QUESTIONPRO_RATE_LIMIT),
  ) {}

  forKey(apiKey: string): RateLimiter {
    const fingerprint = keyFingerprint(apiKey);
    let limiter = this.limiters.get(fingerprint);
    if (!limiter) {
      limiter = this.create(fingerprint);
      this.limiters.set(fingerprint, limiter);
    }
    return limiter;
  }

  /** On shutdown: every coalesced record reaches the disk. */
  flush(): void {
    for (const limiter of this.limiters.values()) limiter.flush?.();
  }
}
