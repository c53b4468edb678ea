import type { Handlers } from '../ipc/dispatcher';
import { unwrap } from '../ipc/operation-error';
import type { VaultService } from '../vault/vault-service';

export function createVaultHandlers(
  vault: VaultService,
): Pick<Handlers, 'vault.open' | 'vault.unlock' | 'vault.recoveryFile' | 'vault.restore'> {
  return {
    'vault.open': async () => unwrap(await vault.open()),
    'vault.unlock': async ({ passphrase }) => unwrap(await vault.unlock(passphrase)),
    'vault.recoveryFile': async ({ passphrase }) => unwrap(await vault.recoveryFile(passphrase)),
    'vault.restore': async ({ file, passphrase }) => unwrap(await vault.restore(file, passphrase)),
  };
}
