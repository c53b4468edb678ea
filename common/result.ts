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
 * inside each process (test/unit/foundation/one-result-type.test.ts keeps it the only one).
 * What crosses a process boundary, and what a renderer data function refuses with, carries an
 * AppError (narrowed where more is known: a connector's ServiceError, a roster RosterError).
 * Inside one layer `E` may be the value the caller acts on instead (a form's field errors,
 * a transport failure the connector turns into a ServiceError).
 */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
/** A failure carrying an error that is already built (a ServiceError from the catalogue, a form's field errors). */
export const failWith = <E>(error: E): Result<never, E> => ({ ok: false, error });
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

/** JSON.parse that reports failure instead of throwing; the caller answers it with its own error. */
export function tryParseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch {
    return fail('not-json', 'The text is not JSON.');
  }
}
