import { inEnglish, toPhrase, type ErrorWords, type Said } from './i18n/phrase';

/** The envelope every operation result crosses a process boundary in. */
export interface AppError {
  /** Stable machine-readable code, e.g. "invalid-input", "forbidden-sender", "internal". */
  code: string;
  /** A sentence a field worker can read. Never a stack trace. */
  message: string;
  /** Optional extra detail, still safe to show (no secrets, no stacks). */
  details?: readonly string[];
  /** What the user should do about it, where known (from the error catalogue). */
  action?: string;
  /** What a server said, verbatim, where a server said something. */
  serverMessage?: string;
  /** The message and action as phrases, said in the interface's language (message and action are their English). */
  words?: ErrorWords;
}

/**
 * The one result type: every operation that can fail returns it, across IPC and
 * inside each process. `E` narrows the error where more is known (a connector's
 * ServiceError, with the kind and retryability the scheduler decides on).
 */
export type Result<T, E extends AppError = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
/** A failure carrying an error that is already built (a ServiceError from the catalogue). */
export const failWith = <E extends AppError>(error: E): Result<never, E> => ({ ok: false, error });
export const fail = (code: string, message: string, details?: readonly string[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/**
 * A failure whose words are declared messages: the English for logs and main, the phrases for the
 * renderer to say in the interface's language. `details` stay as they are (names, fields, a library's text).
 */
export const failSaying = (
  code: string,
  message: Said,
  options: { readonly action?: Said; readonly details?: readonly string[] } = {},
): Result<never> => ({
  ok: false,
  error: {
    code,
    message: inEnglish(message),
    ...(options.details ? { details: options.details } : {}),
    ...(options.action ? { action: inEnglish(options.action) } : {}),
    words: { message: toPhrase(message), ...(options.action ? { action: toPhrase(options.action) } : {}) },
  },
});
