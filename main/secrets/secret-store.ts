/**
 * Where account secrets (QuestionPro API keys, QMob passwords) live. Keyed by
 * account id; the secret never leaves main, and nothing but these methods reads it.
 */
export interface SecretStore {
  get(accountId: string): Promise<string | null>;
  set(accountId: string, secret: string): Promise<void>;
  /** True when a secret was there and is now gone. */
  delete(accountId: string): Promise<boolean>;
}

/** Thrown when the OS store cannot be used; the message is safe to show (never contains the secret). */
export class SecretStoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'unavailable' | 'locked' | 'failed',
  ) {
    super(message);
    this.name = 'SecretStoreError';
  }
}
