import type { KeychainStatus } from '../../common/contract/ops/secrets';
import type { KeychainAvailability } from './keyring-secret-store';
import { SecretStoreError, type SecretStore } from './secret-store';

/**
 * The secret store the app uses: the system keychain where there is one. On a
 * Linux desktop without a Secret Service the only other place is the kernel
 * keyring, which forgets everything at reboot, so it is used only after the
 * user said yes (Settings asks), and only for this run.
 */
export class KeychainService implements SecretStore {
  private availability: KeychainAvailability | undefined;
  private sessionConsented = false;

  constructor(
    private readonly detect: () => KeychainAvailability,
    private readonly systemStore: SecretStore,
    private readonly sessionStore: SecretStore,
  ) {}

  status(): KeychainStatus {
    const availability = this.detected();
    if (availability.available) return { store: 'system', canUseSession: false };
    if (this.sessionConsented) return { store: 'session', reason: availability.reason, canUseSession: true };
    return { store: 'unavailable', reason: availability.reason, canUseSession: availability.fallback === 'keyutils' };
  }

  useSessionStore(): KeychainStatus {
    const availability = this.detected();
    if (!availability.available && availability.fallback === 'keyutils') this.sessionConsented = true;
    return this.status();
  }

  async get(accountId: string): Promise<string | null> {
    return this.store().get(accountId);
  }

  async set(accountId: string, secret: string): Promise<void> {
    return this.store().set(accountId, secret);
  }

  async delete(accountId: string): Promise<boolean> {
    return this.store().delete(accountId);
  }

  private detected(): KeychainAvailability {
    this.availability ??= this.detect();
    return this.availability;
  }

  private store(): SecretStore {
    const availability = this.detected();
    if (availability.available) return this.systemStore;
    if (this.sessionConsented) return this.sessionStore;
    throw new SecretStoreError(
      'This computer has no keychain for Outpost to keep passwords in. Open Settings → Accounts to choose what to do.',
      'unavailable',
    );
  }
}
