import { z } from 'zod';

export const rateLimitSchema = z.strictObject({
  calls: z.int().positive(),
  seconds: z.number().positive(),
});
export type RateLimit = z.infer<typeof rateLimitSchema>;

/** QuestionPro's documented limit: 300 calls per 60 s per API key, HTTP 429 beyond. */
export const QUESTIONPRO_DOCUMENTED_LIMIT: RateLimit = { calls: 300, seconds: 60 };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding-window limit per API key: at most `calls` accepted calls in any `seconds` window.
 * Refused calls are not counted, so a client that backs off recovers on time.
 */
export class RateLimiter {
  private readonly acceptedAtByKey = new Map<string, number[]>();

  check(key: string, limit: RateLimit, nowMs: number): RateLimitVerdict {
    const windowMs = limit.seconds * 1000;
    const recent = (this.acceptedAtByKey.get(key) ?? []).filter((acceptedAt) => nowMs - acceptedAt < windowMs);
    if (recent.length >= limit.calls) {
      this.acceptedAtByKey.set(key, recent);
      const oldest = recent[recent.length - limit.calls] ?? nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000)) };
    }
    recent.push(nowMs);
    this.acceptedAtByKey.set(key, recent);
    return { allowed: true };
  }

  clear(): void {
    this.acceptedAtByKey.clear();
  }
}
