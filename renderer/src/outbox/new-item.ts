import { serviceOfKind, type OutboxItem, type OutboxPayload } from '../../../common/outbox/outbox-item';

export interface NewOutboxItem {
  accountId: string;
  payload: OutboxPayload;
  label: string;
  /** The item this one corrects, if any. */
  replaces?: string;
}

/**
 * Builds a queued outbox item. Callers add it inside the same Dexie transaction
 * that finalizes what it delivers (a response, a roster batch), so that nothing
 * is ever finalized without its item, nor queued without its data.
 */
export function newOutboxItem(
  input: NewOutboxItem,
  now: number = Date.now(),
  id: string = crypto.randomUUID(),
): OutboxItem {
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
