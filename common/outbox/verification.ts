import type { OutboxItem } from './outbox-item';

/**
 * Duplicates that cannot be prevented are found afterwards. A relay or a server
 * queue can hold a create longer than every timeout and store it after Outpost,
 * having found nothing, sent it again; no client can rule that out beforehand.
 * So an item whose delivery went through an unknown outcome is looked up again:
 * once after a quiet period long enough for any held request to have landed,
 * and once more at the next sync (or a day later). Copies are removed, keeping
 * the oldest response.
 */

/** Quiet period before the first verification: longer than any relay or server plausibly holds a request. */
export const VERIFY_QUIET_MS = 5 * 60_000;
/** The second verification: at the next "Sync now", or after this long. */
export const VERIFY_AGAIN_MS = 24 * 60 * 60_000;
/** A verification that could not be made (offline, a 5xx) is tried again after this long. */
export const VERIFY_RETRY_MS = 60_000;
/** How many verifications follow one delivery. */
export const VERIFICATIONS = 2;

/** Verifications made since the item's last delivery. */
export function verificationsDone(item: Pick<OutboxItem, 'attempts'>): number {
  let done = 0;
  for (let index = item.attempts.length - 1; index >= 0; index -= 1) {
    const outcome = item.attempts[index]?.outcome;
    if (outcome === 'delivered' || outcome === 'adopted') break;
    if (outcome === 'verified' || outcome === 'repaired') done += 1;
  }
  return done;
}

/** When the check after this one is due (`againMs` after it), or null when this was the last. */
export function nextVerificationAt(item: Pick<OutboxItem, 'attempts'>, at: number, againMs: number): number | null {
  return verificationsDone(item) + 1 < VERIFICATIONS ? at + againMs : null;
}
