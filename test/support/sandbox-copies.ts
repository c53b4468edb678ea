/** The part of the sandbox's state (`state()` or its admin endpoint) that copies are counted from. */
export interface HeldResponses {
  questionpro: {
    responses: ReadonlyArray<{ externalReference: string }>;
    deleted: ReadonlyArray<{ externalReference: string }>;
  };
}

/** What the sandbox holds of a set of items, counted from its own state (never from what the app believes). */
export interface SandboxCopies {
  /** Items held at least once. */
  delivered: number;
  /** Extra copies still held at the end (an item held n times adds n − 1). */
  duplicatesRemaining: number;
  /** Extra copies that were stored and later deleted while another copy of the item stayed. */
  duplicatesFoundAndRepaired: number;
  /** Items the sandbox holds no copy of. */
  missing: number;
}

/**
 * Counts by `externalReference` (the item id) over the responses the sandbox holds
 * and the ones it deleted. A deletion only counts as a repair when it removed an
 * extra copy: deleting an item's last copy is a loss, not a repair.
 */
export function countSandboxCopies(state: HeldResponses, itemIds: readonly string[]): SandboxCopies {
  const held = new Map<string, number>();
  for (const response of state.questionpro.responses)
    held.set(response.externalReference, (held.get(response.externalReference) ?? 0) + 1);
  const deleted = new Map<string, number>();
  for (const response of state.questionpro.deleted)
    deleted.set(response.externalReference, (deleted.get(response.externalReference) ?? 0) + 1);

  const counts: SandboxCopies = { delivered: 0, duplicatesRemaining: 0, duplicatesFoundAndRepaired: 0, missing: 0 };
  for (const id of itemIds) {
    const holds = held.get(id) ?? 0;
    const removed = deleted.get(id) ?? 0;
    const stored = holds + removed;
    if (holds > 0) counts.delivered += 1;
    else counts.missing += 1;
    counts.duplicatesRemaining += Math.max(0, holds - 1);
    counts.duplicatesFoundAndRepaired += Math.min(removed, Math.max(0, stored - 1));
  }
  return counts;
}
