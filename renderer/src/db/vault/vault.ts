import { FieldCipher } from './field-cipher';

/**
 * The data key of this run, once main handed it over (see unlock.ts). Rows are
 * sealed and opened with it; before it is there, the database refuses to work
 * rather than read or write anything in plain text.
 */
let cipher: FieldCipher | undefined;
let dataKey: Uint8Array | undefined;

export class VaultLockedError extends Error {
  constructor() {
    super('Outpost’s data is locked: its data key has not been loaded.');
    this.name = 'VaultLockedError';
  }
}

export function installDataKey(key: Uint8Array): void {
  cipher = new FieldCipher(key);
  dataKey = key.slice();
}

const DATA_KEY_MESSAGE = 'outpost.data-key';

/** A worker that writes to the database (the roster import) gets the key as its first message. */
export function shareDataKey(worker: { postMessage(message: unknown): void }): void {
  if (!dataKey) throw new VaultLockedError();
  worker.postMessage({ type: DATA_KEY_MESSAGE, key: dataKey.slice() });
}

/** In the worker: installs the key when it arrives; the worker's own listener ignores the message. */
export function receiveDataKey(scope: {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}): void {
  scope.addEventListener('message', (event) => {
    const data = event.data;
    if (
      typeof data === 'object' &&
      data !== null &&
      'type' in data &&
      data.type === DATA_KEY_MESSAGE &&
      'key' in data &&
      data.key instanceof Uint8Array
    )
      installDataKey(data.key);
  });
}

export function currentCipher(): FieldCipher {
  if (!cipher) throw new VaultLockedError();
  return cipher;
}

export const vaultOpen = (): boolean => cipher !== undefined;

/** Tests only: back to "no key yet". */
export function forgetDataKey(): void {
  cipher = undefined;
  dataKey = undefined;
}
