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
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, details?: readonly string[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
