import { describe, expect, it } from 'vitest';
import { KeychainService } from '../../../main/secrets/keychain-service';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { SecretStoreError } from '../../../main/secrets/secret-store';

describe('KeychainService', () => {
  it('uses the system keychain where there is one', async () => {
    const system = new MemorySecretStore();
    const session = new MemorySecretStore();
    const keychain = new KeychainService(() => ({ available: true, store: 'secret-service' }), system, session);
    await keychain.set('acct', 'secret-1');
    expect(await system.get('acct')).toBe('secret-1');
    expect(await session.get('acct')).toBeNull();
    expect(keychain.status()).toEqual({ store: 'system', canUseSession: false });
  });

  it('without one, refuses to keep a secret until the user agrees to the store that forgets at restart', async () => {
    const session = new MemorySecretStore();
    const keychain = new KeychainService(
      () => ({ available: false, fallback: 'keyutils', reason: 'No Secret Service is running' }),
      new MemorySecretStore(),
      session,
    );
    expect(keychain.status()).toEqual({
      store: 'unavailable',
      reason: 'No Secret Service is running',
      canUseSession: true,
    });
    await expect(keychain.set('acct', 'secret-2')).rejects.toBeInstanceOf(SecretStoreError);
    expect(await session.get('acct')).toBeNull();

    expect(keychain.useSessionStore()).toMatchObject({ store: 'session', canUseSession: true });
    await keychain.set('acct', 'secret-2');
    expect(await session.get('acct')).toBe('secret-2');
  });

  it('cannot be talked into a fallback that does not exist', async () => {
    const keychain = new KeychainService(
      () => ({ available: false, fallback: 'none', reason: 'nothing' }),
      new MemorySecretStore(),
      new MemorySecretStore(),
    );
    expect(keychain.useSessionStore()).toEqual({ store: 'unavailable', reason: 'nothing', canUseSession: false });
    await expect(keychain.get('acct')).rejects.toThrow(/no keychain/);
  });
});
