import { describe, expect, it } from 'vitest';
import { SlidingWindowRateLimiter, type RememberedCall } from '../../../main/connectors/limits/rate-limiter';
import { retryDelayMs, type BackoffPolicy } from '../../../main/sync/backoff';

const policy: BackoffPolicy = { baseMs: 1_000, factor: 2, capMs: 30_000 };

describe('backoff', () => {
  it('doubles per failure, with at least half of each step fixed', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('spreads retries with jitter instead of bunching them', () => {
    const samples = [0.1, 0.5, 0.9].map((r) => retryDelayMs(3, policy, () => r));
    expect(new Set(samples).size).toBe(3);
    for (const delay of samples) expect(delay).toBeGreaterThanOrEqual(2_000);
  });

  it('stops growing at the cap', () => {
    expect(retryDelayMs(50, policy, () => 1)).toBe(30_000);
    expect(retryDelayMs(50, policy, () => 0)).toBe(15_000);
  });

  it('waits at least as long as the server asked (Retry-After)', () => {
    expect(retryDelayMs(1, policy, () => 0, 45_000)).toBe(45_000);
    expect(retryDelayMs(4, policy, () => 1, 10)).toBe(8_000);
  });
});

describe('client rate limit (fake clock)', () => {
  /** A clock the test moves by hand; sleepers wake when it passes their time. */
  function fakeClock() {
    let now = 0;
    const sleepers: { until: number; wake: () => void }[] = [];
    return {
      now: () => now,
      sleep: (ms: number) => new Promise<void>((resolve) => sleepers.push({ until: now + ms, wake: resolve })),
      async advance(ms: number) {
        now += ms;
        for (const sleeper of sleepers.filter((candidate) => candidate.until <= now)) {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          sleeper.wake();
        }
        for (let i = 0; i < 20; i += 1) await Promise.resolve();
      },
    };
  }

  it('starts no more than N calls until the oldest has finished and a window has passed since', async () => {
    const clock = fakeClock();
    const limiter = new SlidingWindowRateLimiter({ callsPerWindow: 3, windowMs: 1_000 }, clock);
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    const calls = Array.from({ length: 7 }, () =>
      limiter.schedule(
        () =>
          new Promise<void>((resolve) => {
            started.push(clock.now());
            finishers.push(resolve);
          }),
      ),
    );
    await clock.advance(0);
    expect(started).toEqual([0, 0, 0]);
    // The first three take 200 ms to answer: the server may have counted them as late as that.
    await clock.advance(200);
    for (const finish of finishers.splice(0)) finish();
    await clock.advance(0);
    await clock.advance(999);
    expect(started).toHaveLength(3);
    await clock.advance(1);
    expect(started).toEqual([0, 0, 0, 1_200, 1_200, 1_200]);
    for (const finish of finishers.splice(0)) finish();
    await clock.advance(0);
    await clock.advance(1_000);
    expect(started).toEqual([0, 0, 0, 1_200, 1_200, 1_200, 2_200]);
    for (const finish of finishers.splice(0)) finish();
    await Promise.all(calls);
  });

  it('remembers the calls an earlier run spent, so a restart does not spend the window twice', async () => {
    const clock = fakeClock();
    await clock.advance(10_000);
    const saved: RememberedCall[][] = [];
    const finished = (at: number) => ({ startedAt: at - 50, finishedAt: at });
    const history = {
      load: () => [9_000, 9_850, 9_900, 9_950].map(finished),
      writeAhead: (calls: readonly RememberedCall[]) => saved.push([...calls]),
      save: (calls: readonly RememberedCall[]) => saved.push([...calls]),
      flush: () => undefined,
    };
    const limiter = new SlidingWindowRateLimiter({ callsPerWindow: 3, windowMs: 1_000 }, clock, history);
    let startedAt: number | undefined;
    const call = limiter.schedule(async () => {
      startedAt = clock.now();
    });
    // The three calls of the last second are still in the window (the one at 9,000 has left it).
    await clock.advance(840);
    expect(startedAt).toBeUndefined();
    await clock.advance(10);
    expect(startedAt).toBe(10_850);
    await call;
    // Recorded before it was sent, then with its finish.
    expect(saved.at(-2)?.at(-1)).toEqual({ startedAt: 10_850, finishedAt: null });
    expect(saved.at(-1)?.map((entry) => entry.finishedAt)).toEqual([9_900, 9_950, 10_850]);
  });

  it('waits for a call still running instead of assuming it arrived', async () => {
    const clock = fakeClock();
    const limiter = new SlidingWindowRateLimiter({ callsPerWindow: 1, windowMs: 100 }, clock);
    let release: () => void = () => undefined;
    const slow = limiter.schedule(() => new Promise<void>((resolve) => (release = resolve)));
    let secondStarted = false;
    const second = limiter.schedule(async () => {
      secondStarted = true;
    });
    await clock.advance(5_000);
    expect(secondStarted).toBe(false);
    release();
    await clock.advance(0);
    await clock.advance(99);
    expect(secondStarted).toBe(false);
    await clock.advance(1);
    expect(secondStarted).toBe(true);
    await Promise.all([slow, second]);
  });
});
