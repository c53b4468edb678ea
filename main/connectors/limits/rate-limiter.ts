import PQueue from 'p-queue';

/** Runs calls no faster than a service allows; one limiter per credential. */
export interface RateLimiter {
  schedule<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * QuestionPro allows 300 calls per 60 s per key and answers 429 beyond. A sliding
 * window (p-queue strict mode) keeps us under it even across window boundaries.
 */
export class WindowRateLimiter implements RateLimiter {
  private readonly queue: PQueue;

  constructor(options: { readonly callsPerWindow: number; readonly windowMs: number; readonly concurrency?: number }) {
    this.queue = new PQueue({
      intervalCap: options.callsPerWindow,
      interval: options.windowMs,
      strict: true,
      concurrency: options.concurrency ?? 4,
    });
  }

  schedule<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.add(task);
  }
}

export const unlimited: RateLimiter = { schedule: (task) => task() };

/** Hands out one limiter per key so every client built for the same account shares the budget. */
export class RateLimiterRegistry {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly create: () => RateLimiter = () => new WindowRateLimiter({ callsPerWindow: 300, windowMs: 60_000 })) {}

  forAccount(accountId: string): RateLimiter {
    let limiter = this.limiters.get(accountId);
    if (!limiter) {
      limiter = this.create();
      this.limiters.set(accountId, limiter);
    }
    return limiter;
  }
}
