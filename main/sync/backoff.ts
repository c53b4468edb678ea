import { MAX_RETRY_WAIT_MS } from '../../common/outbox/states';

export interface BackoffPolicy {
  baseMs: number;
  factor: number;
  capMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, factor: 2, capMs: 10 * 60_000 };

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random,
 * so retries never bunch up and never come back sooner than half the step.
 * A server's Retry-After wins when it asks for longer.
 */
export function retryDelayMs(
  failedAttempts: number,
  policy: BackoffPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const step = Math.min(policy.capMs, policy.baseMs * policy.factor ** exponent);
  const jittered = step / 2 + random() * (step / 2);
  // Never beyond the longest wait the outbox accepts as sane (a later time looks like a clock set back).
  return Math.round(Math.min(MAX_RETRY_WAIT_MS, Math.max(jittered, retryAfterMs ?? 0)));
}
