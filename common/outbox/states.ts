import type { OutboxItem, OutboxState } from './outbox-item';

/**
 * Every set of states the app reasons about, defined once: the store, the agent,
 * the guards below and the UI's counts and buttons all read these.
 */

/** Still work for the engine: the status bar counts these as waiting, and `due()` looks only here. */
export const waitingStates = ['queued', 'sending', 'retry-wait'] as const satisfies readonly OutboxState[];
/** The server has accepted the item: progress counts these as delivered. */
export const acceptedStates = ['delivered', 'import-started'] as const satisfies readonly OutboxState[];
/** Reached the server, or may have: these cannot be taken back, only followed by another item. */
export const leftTheOutboxStates = ['sending', 'import-started', 'delivered'] as const satisfies readonly OutboxState[];
/** Not sent successfully yet: a correction may still replace them (a roster edit replaces queued items too). */
export const replaceableStates = ['queued', 'retry-wait', 'needs-attention'] as const satisfies readonly OutboxState[];
/** "Retry now" makes these due at once. */
export const retryableStates = ['retry-wait', 'needs-attention'] as const satisfies readonly OutboxState[];
/** May be given up on: nothing is on its way to the server. */
export const discardableStates = ['queued', 'retry-wait', 'needs-attention'] as const satisfies readonly OutboxState[];
/** "Edit and send again": the server refused the item and said why. */
export const correctableStates = ['needs-attention'] as const satisfies readonly OutboxState[];

const within =
  (states: readonly OutboxState[]) =>
  (item: Pick<OutboxItem, 'state'>): boolean =>
    states.includes(item.state);

export const isWaiting = within(waitingStates);
export const hasLeftTheOutbox = within(leftTheOutboxStates);
export const canReplace = within(replaceableStates);
export const canRetry = within(retryableStates);
export const canDiscard = within(discardableStates);
export const canCorrect = within(correctableStates);

/** No retry waits longer than this (the backoff's cap, a server's Retry-After are kept below it). */
export const MAX_RETRY_WAIT_MS = 60 * 60_000;
/** No verification is scheduled further out than this (common/outbox/verification.ts). */
export const MAX_VERIFY_WAIT_MS = 25 * 60 * 60_000;

/**
 * Whether the engine should take the item now. "sending" counts: an item found
 * sending was interrupted (a crash, a lost engine) and is looked up before it is sent again.
 * A delivered item with a `nextAttemptAt` is due for a verification (a look-up, nothing sent).
 *
 * Times are wall-clock and durable, so a clock set back makes them look far
 * away: a time further out than the longest wait Outpost ever sets is due now.
 */
export function isDue(item: Pick<OutboxItem, 'state' | 'nextAttemptAt'>, now: number): boolean {
  if (item.state === 'queued' || item.state === 'sending') return true;
  if (item.nextAttemptAt === null) return item.state === 'retry-wait';
  if (item.state === 'retry-wait') return item.nextAttemptAt <= now || item.nextAttemptAt > now + MAX_RETRY_WAIT_MS;
  if (item.state === 'delivered') return item.nextAttemptAt <= now || item.nextAttemptAt > now + MAX_VERIFY_WAIT_MS;
  return false;
}

/** A delivered item waiting for a verification (see isDue). */
export function awaitsVerification(item: Pick<OutboxItem, 'state' | 'nextAttemptAt'>): boolean {
  return item.state === 'delivered' && item.nextAttemptAt !== null;
}

/**
 * Failures that say nothing about the item itself (the network, the server, a
 * limit): "Sync now" puts such an item back in the queue even after it was
 * given up on, e.g. after many certificate errors while the clock was wrong.
 */
export const transientErrorKinds = ['network', 'timeout', 'server', 'rate-limited', 'ambiguous-outcome'] as const;

export function failedTransiently(item: Pick<OutboxItem, 'state' | 'problem'>): boolean {
  const kind = item.problem?.kind;
  return (
    item.state === 'needs-attention' && kind !== undefined && (transientErrorKinds as readonly string[]).includes(kind)
  );
}
