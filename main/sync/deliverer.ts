import type { ServiceError } from '../../common/errors';
import type { OutboxItem, OutboxKind, OutboxPayload } from '../../common/outbox/outbox-item';

/** An outbox item whose payload is of kind K. */
export type ItemOf<K extends OutboxKind> = OutboxItem & { payload: Extract<OutboxPayload, { kind: K }> };

/** What one attempt came to, in the scheduler's terms. */
export type Attempt =
  | { result: 'delivered'; serverId: string }
  /** An earlier attempt had in fact reached the server: its record is adopted, nothing is sent again. */
  | { result: 'adopted'; serverId: string }
  | { result: 'import-started'; serverId: string | null }
  | {
      result: 'failed';
      error: ServiceError;
      /** The request may have been acted on: the next attempt must look for it before sending. */
      outcomeUnknown: boolean;
      /** Worth trying again although the error itself is final (QMob may still be importing). */
      retryAnyway?: boolean;
    };

/**
 * How one kind of item reaches its service: one request, or a look-up and a
 * request. A deliverer knows its service's API and nothing about scheduling,
 * pausing or backoff, which the scheduler does the same way for every kind.
 */
export interface Deliverer<K extends OutboxKind> {
  /** `mayExist`: an earlier attempt may already have reached the server. */
  attempt(item: ItemOf<K>, mayExist: boolean): Promise<Attempt>;
}

/** One deliverer per payload kind; a kind without one is a compile error in the composition root. */
export type Deliverers = { readonly [K in OutboxKind]: Deliverer<K> };

/** Hands the item to the deliverer of its kind. */
export function attemptDelivery(deliverers: Deliverers, item: OutboxItem, mayExist: boolean): Promise<Attempt> {
  return attemptOfKind(deliverers, item, mayExist);
}

function attemptOfKind<K extends OutboxKind>(deliverers: Deliverers, item: ItemOf<K>, mayExist: boolean) {
  // The payload's kind is K: TypeScript cannot see through Extract<…>['kind'] by itself.
  const deliverer: Deliverer<K> = deliverers[item.payload.kind as K];
  return deliverer.attempt(item, mayExist);
}
