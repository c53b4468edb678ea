import { defineMessages, inEnglish, said, toPhrase } from '../i18n/phrase';
import type { AppError } from '../result';
import type { ServiceError } from './service-error';
import type { ServiceName } from './kinds';

/** Failures that come from Outpost itself, not from a server: their codes, defined once. */
export const OUTPOST_ERROR_CODES = {
  accountMissing: 'outpost.account-unavailable',
  unexpected: 'outpost.unexpected',
} as const;
export type OutpostErrorCode = (typeof OUTPOST_ERROR_CODES)[keyof typeof OUTPOST_ERROR_CODES];

const m = defineMessages({
  accountMissing: {
    id: 'catalogue.outpost.account-unavailable',
    defaultMessage: 'The account of this item, or its credentials, is no longer on this laptop, so nothing was sent.',
  },
  accountMissingAction: {
    id: 'catalogue.outpost.account-unavailable.action',
    defaultMessage: 'Open Settings → Accounts and add the account or its credentials again.',
  },
  unexpected: {
    id: 'catalogue.outpost.unexpected',
    defaultMessage: 'Outpost hit an unexpected problem while sending. It will try again.',
  },
  unexpectedAction: {
    id: 'catalogue.outpost.unexpected.action',
    defaultMessage: 'Nothing to do: Outpost retries by itself. If this keeps happening, contact support.',
  },
});

/** The item's account or its credentials are gone from this laptop (`reason` says which): nothing was sent. */
export function accountMissingError(service: ServiceName, reason: AppError): ServiceError {
  const action = said(m.accountMissingAction);
  return {
    code: OUTPOST_ERROR_CODES.accountMissing,
    message: reason.message,
    service,
    kind: 'account-missing',
    retryable: false,
    action: inEnglish(action),
    words: { message: reason.words?.message ?? toPhrase(said(m.accountMissing)), action: toPhrase(action) },
    known: true,
  };
}

/** A bug or an unforeseen failure while an item was being sent: it may have reached the server. */
export function unexpectedDeliveryError(service: ServiceName): ServiceError {
  const message = said(m.unexpected);
  const action = said(m.unexpectedAction);
  return {
    code: OUTPOST_ERROR_CODES.unexpected,
    message: inEnglish(message),
    service,
    kind: 'ambiguous-outcome',
    retryable: true,
    action: inEnglish(action),
    words: { message: toPhrase(message), action: toPhrase(action) },
    known: true,
  };
}
