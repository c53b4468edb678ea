/** Runs calls no faster than a service allows; one limiter per credential. */
export interface RateLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
}

export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Where a limiter keeps the finish times of its recent calls, so a restarted app still knows what it spent. */
export interface CallHistory {
  load(): readonly number[];
  save(finishedAt: readonly number[]): void;
}

const realClock: LimiterClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * At most `callsPerWindow` calls in any `windowMs`, as the server counts them.
 *
 * The server counts a call when it arrives, which is somewhere between the
 * moment we start it and the moment its answer is back. So call k starts only
 * once call k−N has *finished* and a whole window has passed since: then any N+1
 * consecutive arrivals span at least one window, whatever the network's delays.
 * (Counting start times, as interval-based queues do, lets a slow handshake in
 * one window and a fast one in the next land N+1 calls in one server window.)
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  /** The last N calls in start order; `finishedAt` stays null while a call runs. */
  private readonly recent: { finishedAt: number | null }[] = [];
  private readonly waitingForFinish: (() => void)[] = [];
  private turn: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: { readonly callsPerWindow: number; readonly windowMs: number },
    private readonly clock: LimiterClock = realClock,
    private readonly history?: CallHistory,
  ) {
    const since = clock.now() - options.windowMs;
    const remembered = (history?.load() ?? []).filter((finishedAt) => finishedAt > since).sort((a, b) => a - b);
    for (const finishedAt of remembered.slice(-options.callsPerWindow)) this.recent.push({ finishedAt });
  }

  async schedule<T>(task: () => Promise<T>): Promise<T> {
    const call = await this.acquire();
    try {
      return await task();
    } finally {
      call.finishedAt = this.clock.now();
      for (const wake of this.waitingForFinish.splice(0)) wake();
      this.history?.save(this.recent.map((entry) => entry.finishedAt ?? this.clock.now()));
    }
  }

  /** Calls take their turn one at a time, so the window is never overbooked. */
  private acquire(): Promise<{ finishedAt: number | null }> {
    const acquired = this.turn.then(() => this.waitForRoom());
    this.turn = acquired.then(() => undefined);
    return acquired;
  }

  private async waitForRoom(): Promise<{ finishedAt: number | null }> {
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
    const call = { finishedAt: null };
    this.recent.push(call);
    return call;
  }
}

export const unlimited: RateLimiter = { schedule: (task) => task() };

/** QuestionPro's documented limit: 300 calls per 60 s per key. */
export const QUESTIONPRO_RATE_LIMIT = { callsPerWindow: 300, windowMs: 60_000 } as const;

/** Hands out one limiter per key so every client built for the same account shares the budget. */
export class RateLimiterRegistry {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(
    private readonly create: (accountId: string) => RateLimiter = () =>
      new SlidingWindowRateLimiter(QUESTIONPRO_RATE_LIMIT),
  ) {}

  forAccount(accountId: string): RateLimiter {
    let limiter = this.limiters.get(accountId);
    if (!limiter) {
      limiter = this.create(accountId);
      this.limiters.set(accountId, limiter);
    }
    return limiter;
  }
}
