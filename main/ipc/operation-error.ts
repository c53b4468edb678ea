import { inEnglish, toPhrase, type ErrorWords, type Said } from '../../common/i18n/phrase';
import type { AppError, Result } from '../../common/result';

/**
 * Thrown by handlers for failures the user should read as they are
 * ("The survey package is damaged"). Anything else thrown becomes a generic
 * "internal" error, so that no stack or internal detail reaches the UI.
 */
export class OperationError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: string,
    readonly details?: readonly string[],
    readonly extra: { action?: string; serverMessage?: string; words?: ErrorWords } = {},
  ) {
    super(userMessage);
    this.name = 'OperationError';
  }
}

/** An OperationError whose words are a declared message: English for logs, a phrase for the interface. */
export const operationErrorSaying = (code: string, message: Said): OperationError =>
  new OperationError(code, inEnglish(message), undefined, { words: { message: toPhrase(message) } });

/** Handlers return plain values: a failed service Result becomes an OperationError carrying its safe words. */
export function unwrap<T, E extends AppError>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  const { code, message, details, action, serverMessage, words } = result.error;
  throw new OperationError(code, message, details, {
    ...(action !== undefined ? { action } : {}),
    ...(serverMessage !== undefined ? { serverMessage } : {}),
    ...(words !== undefined ? { words } : {}),
  });
}
