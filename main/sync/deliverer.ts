import type { ServiceError } from '../../common/errors';
import type { OutboxItem, OutboxKind, OutboxPayload } from '../../common/outbox/outbox-item';

/** An outbox item whose payload is of kind K. */
export type ItemOf<K extends OutboxKind> = OutboxItem & { payload: Extract<OutboxPayload, { kind: K }> };

/** What one attempt came to, in the scheduler's terms. */
export type Attempt =
  /** `serverMessage`: the server's own words of acceptance, where it says any (QMob does), for the history. */
  | { result: 'delivered'; serverId: string; serverMessage?: string }
  /** An earlier attempt had in fact reached the server: its record is adopted, nothing is sent again. */
  | { result: 'adopted'; serverId: string }
  | { result: 'import-started'; serverId: string | null; serverMessage?: string }
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
  /**
   * For kinds whose repeat on the server is not harmless: after a delivery that
   * went through an unknown outcome, look again and remove late copies. Kinds
   * without it are never verified.
   */
  verify?(item: ItemOf<K>): Promise<Check>;
}

/** What a verification found. */
export type Check =
  | {
      result: 'checked';
      /** The record that stays (the oldest). */
      serverId: string;
      /** Copies removed now (or found already removed by an earlier delete of ours). */
      removed: string[];
      /** Copies a failed delete left: the check must run again soon. */
      remaining: number;
    }
  | { result: 'failed'; error: ServiceError };

/** One deliverer per payload kind; a kind without one is a compile error in the composition root. */
export type Deliverers = { readonly [K in OutboxKind]: Deliverer<K> };

/** Whether items of this kind are verified after an unknown outcome. */
export function verifiable(deliverers: Deliverers, item: OutboxItem): boolean {
  return deliverers[item.payload.kind].verify !== undefined;
}

/** Verification by the deliverer of the item's kind; null for kinds that are never verified. */
export function verifyDelivery(deliverers: Deliverers, item: OutboxItem): Promise<Check> | null {
  return verifyOfKind(deliverers, item);
}

function verifyOfKind<K extends OutboxKind>(deliverers: Deliverers, item: ItemOf<K>): Promise<Check> | null {
  const deliverer: Deliverer<K> = deliverers[item.payload.kind as K];
  return deliverer.verify ? deliverer.verify(item) : null;
}

/** Hands the item to the deliverer of its kind. */
export function attemptDelivery(deliverers: Deliverers, item: OutboxItem, mayExist: boolean): Promise<Attempt> {
  return attemptOfKind(deliverers, item, mayExist);
}

function attemptOfKind<K extends OutboxKind>(deliverers: Deliverers, item: ItemOf<K>, mayExist: boolean) {
  // The payload's kind is K: TypeScript cannot see through Extract<…>['kind'] by itself.
  const deliverer: Deliverer<K> = deliverers[item.payload.kind as K];
  return deliverer.attempt(item, mayExist);
}
