import type { VaultState } from '../../../common/contract';
import { installDataKey } from '../db/vault/vault';

/** Installs the key main handed over; true when the data can be opened now. */
export function acceptVaultState(state: VaultState): boolean {
  if (state.state !== 'open') return false;
  installDataKey(Uint8Array.from(atob(state.key), (character) => character.charCodeAt(0)));
  return true;
}
