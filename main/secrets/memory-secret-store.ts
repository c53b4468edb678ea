import type { SecretStore } from './secret-store';

/** For tests and for a session where the user declined every persistent store. */
export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  get(accountId: string): Promise<string | null> {
    return Promise.resolve(this.secrets.get(accountId) ?? null);
  }

  set(accountId: string, secret: string): Promise<void> {
    this.secrets.set(accountId, secret);
    return Promise.resolve();
  }

  delete(accountId: string): Promise<boolean> {
    return Promise.resolve(this.secrets.delete(accountId));
  }
}
