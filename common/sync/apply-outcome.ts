import type { OutboxItem, OutboxState } from '../outbox/outbox-item';
import type { DeliveryOutcome } from './delivery';

/**
 * The outbox's state machine: the item after the engine's outcome. Pure, so the
 * renderer's Dexie store and the benchmark's in-memory store agree by construction.
 * `stateBeforePickup` is what the item was before it was marked "sending".
 */
export function applyOutcome(item: OutboxItem, outcome: DeliveryOutcome, stateBeforePickup: OutboxState): OutboxItem {
  const base = { ...item, updatedAt: outcome.at };
  switch (outcome.result) {
    case 'delivered':
    case 'adopted':
      return {
        ...base,
        state: 'delivered',
        serverId: outcome.serverId,
        nextAttemptAt: null,
        problem: null,
        attempts: [...item.attempts, { at: outcome.at, outcome: outcome.result }],
      };
    case 'import-started':
      return {
        ...base,
        state: 'import-started',
        serverId: outcome.serverId,
        nextAttemptAt: null,
        problem: null,
        attempts: [...item.attempts, { at: outcome.at, outcome: 'import-started' }],
      };
    case 'retry':
      return {
        ...base,
        state: 'retry-wait',
        nextAttemptAt: outcome.retryAt,
        problem: outcome.error,
        attempts: [
          ...item.attempts,
          { at: outcome.at, outcome: outcome.outcomeUnknown ? 'unknown' : 'failed', error: outcome.error },
        ],
      };
    case 'needs-attention':
      return {
        ...base,
        state: 'needs-attention',
        nextAttemptAt: null,
        problem: outcome.error,
        attempts: [...item.attempts, { at: outcome.at, outcome: 'failed', error: outcome.error }],
      };
    case 'not-sent':
      // Nothing left this machine: the item is exactly as it was, with the reason kept when there is one.
      return {
        ...base,
        state: stateBeforePickup,
        problem: outcome.error ?? item.problem,
        attempts: outcome.error
          ? [...item.attempts, { at: outcome.at, outcome: 'failed', error: outcome.error }]
          : item.attempts,
      };
  }
}

/** A deliverable item that is due now. */
export function isDue(item: OutboxItem, now: number): boolean {
  if (item.state === 'queued' || item.state === 'sending') return true;
  return item.state === 'retry-wait' && (item.nextAttemptAt ?? 0) <= now;
}
