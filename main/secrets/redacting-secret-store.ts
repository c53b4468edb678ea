import type { Redactor } from '../logging/logger';
import type { SecretStore } from './secret-store';

/**
 * Every secret that passes through is handed to the log redactor, so that even
 * a log line written by mistake shows "[redacted]" instead of a key or password.
 */
export class RedactingSecretStore implements SecretStore {
  constructor(
    private readonly inner: SecretStore,
    private readonly redactor: Redactor,
  ) {}

  async get(accountId: string): Promise<string | null> {
    const secret = await this.inner.get(accountId);
    if (secret !== null) this.redactor.register(secret);
    return secret;
  }

  async set(accountId: string, secret: string): Promise<void> {
    this.redactor.register(secret);
    await this.inner.set(accountId, secret);
  }

  delete(accountId: string): Promise<boolean> {
    return this.inner.delete(accountId);
  }
}
