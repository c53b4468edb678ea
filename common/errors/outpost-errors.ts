import type { ServiceError } from './service-error';
import type { ServiceName } from './kinds';

/** Failures that come from Outpost itself, not from a server: their codes, defined once. */
export const OUTPOST_ERROR_CODES = {
  accountMissing: 'outpost.account-unavailable',
  unexpected: 'outpost.unexpected',
} as const;
export type OutpostErrorCode = (typeof OUTPOST_ERROR_CODES)[keyof typeof OUTPOST_ERROR_CODES];

/** The item's account or its credentials are gone from this laptop: nothing was sent. */
export function accountMissingError(service: ServiceName, reason: string): ServiceError {
  return {
    code: OUTPOST_ERROR_CODES.accountMissing,
    message: reason,
    service,
    kind: 'account-missing',
    retryable: false,
    action: 'Open Settings → Accounts and add the account or its credentials again.',
    known: true,
  };
}

/** A bug or an unforeseen failure while an item was being sent: it may have reached the server. */
export function unexpectedDeliveryError(service: ServiceName): ServiceError {
  return {
    code: OUTPOST_ERROR_CODES.unexpected,
    message: 'Outpost hit an unexpected problem while sending. It will try again.',
    service,
    kind: 'ambiguous-outcome',
    retryable: true,
    action: 'Nothing to do: Outpost retries by itself. If this keeps happening, contact support.',
    known: true,
  };
}
