import { AsyncEntry, Entry, type EntryOptions } from '@napi-rs/keyring';
import { SecretStoreError, type SecretStore } from './secret-store';

export const KEYCHAIN_SERVICE = 'Outpost';

/**
 * Which Linux store entries go to. 'secret-service' is pinned so that a missing
 * Secret Service is an error rather than a silent fall back to the kernel keyring,
 * which forgets everything at reboot; 'keyutils' is used only after the user agreed.
 */
export type LinuxStoreChoice = 'secret-service' | 'keyutils';

export interface KeyringSecretStoreOptions {
  readonly service?: string;
  readonly linuxStore?: LinuxStoreChoice;
  readonly platform?: NodeJS.Platform;
}

/** OS keychain: Windows Credential Manager, macOS Keychain, Secret Service on Linux. */
export class KeyringSecretStore implements SecretStore {
  private readonly service: string;
  private readonly entryOptions: EntryOptions | undefined;

  constructor(options: KeyringSecretStoreOptions = {}) {
    this.service = options.service ?? KEYCHAIN_SERVICE;
    const platform = options.platform ?? process.platform;
    this.entryOptions = platform === 'linux' ? { linux: { store: options.linuxStore ?? 'secret-service' } } : undefined;
  }

  async get(accountId: string): Promise<string | null> {
    return this.guard(() => this.entry(accountId).getPassword());
  }

  async set(accountId: string, secret: string): Promise<void> {
    await this.guard(() => this.entry(accountId).setPassword(secret));
  }

  async delete(accountId: string): Promise<boolean> {
    return this.guard(() => this.entry(accountId).deleteCredential());
  }

  private entry(accountId: string): AsyncEntry {
    return new AsyncEntry(this.service, accountId, this.entryOptions);
  }

  /** Library errors can be long and platform-specific; they never contain the secret, but we keep only a short form. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const locked = /locked/i.test(text);
      throw new SecretStoreError(
        locked
          ? 'The system keychain is locked. Unlock it and try again.'
          : `The system keychain could not be used (${text.slice(0, 200)}).`,
        locked ? 'locked' : 'failed',
      );
    }
  }
}

export type KeychainAvailability =
  | { readonly available: true; readonly store: 'os-keychain' | 'secret-service' }
  | {
      readonly available: false;
      /** Linux without a Secret Service: keyutils works but forgets at reboot, so ask the user first. */
      readonly fallback: 'keyutils' | 'none';
      readonly reason: string;
    };

/**
 * Finds out, without storing anything, whether secrets will survive a restart.
 * On Linux the Secret Service is required explicitly; when it is missing the
 * caller must ask the user before using the kernel keyring fallback.
 */
export function detectKeychain(
  platform: NodeJS.Platform = process.platform,
  service = KEYCHAIN_SERVICE,
): KeychainAvailability {
  if (platform !== 'linux') {
    try {
      new Entry(service, '__outpost_probe__').getPassword();
      return { available: true, store: 'os-keychain' };
    } catch (error) {
      return { available: false, fallback: 'none', reason: shortReason(error) };
    }
  }
  try {
    // Reading a missing entry touches the Secret Service over D-Bus without writing anything.
    new Entry(service, '__outpost_probe__', { linux: { store: 'secret-service' } }).getPassword();
    return { available: true, store: 'secret-service' };
  } catch (error) {
    const reason = `No Secret Service is running (such as GNOME Keyring or KWallet): ${shortReason(error)}`;
    try {
      new Entry(service, '__outpost_probe__', { linux: { store: 'keyutils' } });
      return { available: false, fallback: 'keyutils', reason };
    } catch {
      return { available: false, fallback: 'none', reason };
    }
  }
}

const shortReason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);
