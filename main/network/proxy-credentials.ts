import { z } from 'zod';
import type { Redactor } from '../logging/logger';
import type { SecretStore } from '../secrets/secret-store';

const credentialsSchema = z.object({ username: z.string(), password: z.string() });
export type ProxyCredentials = z.infer<typeof credentialsSchema>;

/** The keychain entry of a proxy's credentials, beside the accounts' (which are keyed by account id). */
const keyFor = (proxy: string): string => `proxy:${proxy}`;

/**
 * A proxy's user name and password, asked for once and kept in the OS keychain.
 * The password is handed to the log redactor on its own as well, since it
 * would not match the stored JSON if a line ever carried it alone.
 */
export class ProxyCredentialStore {
  constructor(
    private readonly secrets: SecretStore,
    private readonly redactor?: Redactor,
  ) {}

  async get(proxy: string): Promise<ProxyCredentials | undefined> {
    const stored = await this.secrets.get(keyFor(proxy));
    if (stored === null) return undefined;
    try {
      const parsed = credentialsSchema.safeParse(JSON.parse(stored));
      if (!parsed.success) return undefined;
      this.redactor?.register(parsed.data.password);
      return parsed.data;
    } catch {
      return undefined;
    }
  }

  async set(proxy: string, credentials: ProxyCredentials): Promise<void> {
    this.redactor?.register(credentials.password);
    await this.secrets.set(keyFor(proxy), JSON.stringify(credentials));
  }

  delete(proxy: string): Promise<boolean> {
    return this.secrets.delete(keyFor(proxy));
  }
}
