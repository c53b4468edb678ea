import type { DeliveryOutcome } from '../sync/delivery';
import { serviceOfKind, type OutboxItem, type OutboxPayload } from './outbox-item';
import { awaitsVerification, canDiscard, canReplace, canRetry, failedTransiently, isDue } from './states';

/**
 * An item's whole life as pure functions: each takes the item as stored and
 * returns what it becomes, or null when the step is not allowed from where the
 * item stands. Only OutboxStore applies them, each in one transaction, so the
 * Dexie store and the memory store agree by construction.
 *
 * Kept true by every step: `nextAttemptAt` is set only while the item is
 * "retry-wait" (its next attempt) or "delivered" (its next verification).
 */

export interface NewOutboxItem {
  accountId: string;
  payload: OutboxPayload;
  label: string;
  /** The item this one corrects, if any. */
  replaces?: string;
}

/** A new item, queued. Callers add it in the transaction that stores what it delivers (a response, a roster batch). */
export function queue(input: NewOutboxItem, now: number, id: string): OutboxItem {
  const service = serviceOfKind(input.payload.kind);
  return {
    id,
    accountId: input.accountId,
    service,
    payload: input.payload,
    label: input.label,
    state: 'queued',
    createdAt: now,
    updatedAt: now,
    nextAttemptAt: null,
    attempts: [],
    problem: null,
    serverId: null,
    replaces: input.replaces ?? null,
    replacedBy: null,
    // QMob add (overwrite), copy and remove leave the server in the same state when repeated.
    idempotent: service === 'qmob',
  };
}

/** Durably "sending" before any request leaves: the record that lets a crash be recovered without a duplicate. */
export function markSending(item: OutboxItem, now: number): OutboxItem | null {
  // A verification is a look-up of a delivered item: it is never "sending" again.
  if (!isDue(item, now) || item.state === 'delivered') return null;
  return { ...item, state: 'sending', nextAttemptAt: null, updatedAt: now };
}

/** Where an item stood before it was marked "sending": what a "not sent" outcome puts back. */
export type Position = Pick<OutboxItem, 'state' | 'nextAttemptAt'>;

/**
 * The item after the engine's outcome. `before` is where the item stood before
 * it was marked "sending". Null when the item is no longer sending (an outcome
 * arriving for an item that moved on changes nothing).
 */
export function applyOutcome(item: OutboxItem, outcome: DeliveryOutcome, before: Position): OutboxItem | null {
  if (outcome.result === 'verified') return applyVerification(item, outcome);
  if (item.state !== 'sending') return null;
  const base = { ...item, updatedAt: outcome.at };
  switch (outcome.result) {
    case 'delivered':
    case 'adopted':
      return {
        ...base,
        state: 'delivered',
        serverId: outcome.serverId,
        nextAttemptAt: outcome.verifyAt ?? null,
        problem: null,
        attempts: [...item.attempts, { at: outcome.at, outcome: outcome.result, ...saidOf(outcome) }],
      };
    case 'import-started':
      return {
        ...base,
        state: 'import-started',
        serverId: outcome.serverId,
        nextAttemptAt: null,
        problem: null,
        attempts: [...item.attempts, { at: outcome.at, outcome: 'import-started', ...saidOf(outcome) }],
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
      if (before.state === 'sending') {
        // An earlier send was interrupted (a reload, a crash) and this one did not start: the item waits, no longer
        // "sending" (it could never be discarded), and the unknown attempt keeps the look-up before any resend.
        return {
          ...base,
          state: 'retry-wait',
          // Due at once: the account's hold, not a wait, is what keeps it back.
          nextAttemptAt: outcome.at,
          problem: outcome.error ?? item.problem,
          attempts: [
            ...item.attempts,
            { at: outcome.at, outcome: 'unknown', ...(outcome.error ? { error: outcome.error } : {}) },
          ],
        };
      }
      // Nothing left this machine: the item is exactly as it was, with the reason kept when there is one.
      return {
        ...base,
        state: before.state,
        nextAttemptAt: before.state === 'retry-wait' ? before.nextAttemptAt : null,
        problem: outcome.error ?? item.problem,
        attempts: outcome.error
          ? [...item.attempts, { at: outcome.at, outcome: 'failed', error: outcome.error }]
          : item.attempts,
      };
  }
}

/** The server's words of acceptance, kept in the attempt where it said any. */
function saidOf(outcome: DeliveryOutcome): { serverMessage?: string } {
  return 'serverMessage' in outcome && outcome.serverMessage !== undefined
    ? { serverMessage: outcome.serverMessage }
    : {};
}

/**
 * A verification's result: the response kept becomes the item's server id, each
 * removal of a copy is recorded in the history. A check that could not be made
 * only moves the next one. Null unless the item was waiting for it.
 */
function applyVerification(
  item: OutboxItem,
  outcome: Extract<DeliveryOutcome, { result: 'verified' }>,
): OutboxItem | null {
  if (!awaitsVerification(item)) return null;
  const { check } = outcome;
  const base = { ...item, nextAttemptAt: outcome.nextCheckAt, updatedAt: outcome.at };
  if (!check)
    return outcome.nextCheckAt === null && outcome.error
      ? { ...base, attempts: [...item.attempts, { at: outcome.at, outcome: 'failed', error: outcome.error }] }
      : base;
  return {
    ...base,
    serverId: check.serverId,
    attempts: [
      ...item.attempts,
      check.removed.length > 0
        ? { at: outcome.at, outcome: 'repaired', removed: check.removed }
        : { at: outcome.at, outcome: 'verified' },
    ],
  };
}

/** "Retry now": due at once. An earlier unknown outcome is still looked up first (it stays in the history). */
export function retryNow(item: OutboxItem, now: number): OutboxItem | null {
  if (!canRetry(item)) return null;
  return { ...item, state: 'queued', nextAttemptAt: null, updatedAt: now };
}

/**
 * "Sync now": a waiting retry is due at once and stays a retry; a pending
 * verification is made now (this is the "next sync" it waits for); an item given
 * up on after a failure that said nothing about the item (network, server,
 * limits, a wrong clock) goes back in the queue.
 */
export function syncNow(item: OutboxItem, now: number): OutboxItem | null {
  if (failedTransiently(item)) return { ...item, state: 'queued', nextAttemptAt: null, updatedAt: now };
  if (item.state !== 'retry-wait' && !awaitsVerification(item)) return null;
  if ((item.nextAttemptAt ?? 0) <= now) return null;
  return { ...item, nextAttemptAt: now, updatedAt: now };
}

/**
 * A correction never edits what was finalized: it becomes a new item that
 * replaces the old one, and both keep the link.
 */
export function replace(
  item: OutboxItem,
  payload: OutboxPayload,
  now: number,
  id: string,
): { replaced: OutboxItem; correction: OutboxItem } | null {
  if (!canReplace(item) || payload.kind !== item.payload.kind) return null;
  const correction = queue({ accountId: item.accountId, payload, label: item.label, replaces: item.id }, now, id);
  return {
    replaced: { ...item, state: 'replaced', nextAttemptAt: null, replacedBy: correction.id, updatedAt: now },
    correction,
  };
}

/** Given up on: it will never be sent. (The UI saves a copy to a file first.) */
export function discard(item: OutboxItem, now: number): OutboxItem | null {
  if (!canDiscard(item)) return null;
  return { ...item, state: 'discarded', nextAttemptAt: null, updatedAt: now };
}
