import type { ServiceError } from '../../../common/errors/index.js';

/**
 * What every client operation returns. Structurally a `Result<T>` whose error is
 * the richer ServiceError, so it can be handed to IPC as is, while the sync engine
 * reads kind / retryable / retryAfterMs from it.
 */
export type ConnectorResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ServiceError };

export const success = <T>(value: T): ConnectorResult<T> => ({ ok: true, value });
export const failure = (error: ServiceError): ConnectorResult<never> => ({ ok: false, error });
