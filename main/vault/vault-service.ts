import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { VaultState } from '../../common/contract/ops/vault';
import { defineMessages, said } from '../../common/i18n/phrase';
import { fail, failSaying, ok, type Result } from '../../common/result';
import type { Logger } from '../logging/logger';
import type { SecretStore } from '../secrets/secret-store';
import { unwrapKey, wrapKey, wrappedKeySchema, WrongPassphraseError } from './key-wrap';

/** The keychain entry of the data key; account ids are UUIDs, so it can never collide with one. */
export const DATA_KEY_ENTRY = 'outpost-data-key';
const KEY_BYTES = 32;

export interface VaultServiceDeps {
  dataFolder: string;
  /** A store that keeps secrets across restarts (the OS keychain), or null where there is none. */
  keyStore: () => SecretStore | null;
  logger: Logger;
}

/** The vault's refusals the person at the keyboard reads, said in the interface's language by the renderer. */
const words = defineMessages({
  keychain: { id: 'vault.keychain', defaultMessage: 'This computer keeps the data key in its keychain.' },
  wrongPassphrase: {
    id: 'vault.wrongPassphrase',
    defaultMessage: 'That passphrase is not the right one. Nothing was changed; try again.',
  },
});

const markerSchema = z.object({ keptIn: z.enum(['keychain', 'passphrase']), createdAt: z.number() });

/**
 * The data key: made on first run, kept in the OS keychain; where no keychain
 * survives a restart, wrapped by a passphrase the user types (never plain, never
 * a store that forgets it). A marker file records that a key exists, so a
 * keychain that lost it is reported instead of a new key silently replacing it
 * (which would leave every sealed row unreadable).
 */
export class VaultService {
  private key: Buffer | undefined;
  private keptIn: 'keychain' | 'passphrase' | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: VaultServiceDeps) {}

  private get markerPath(): string {
    return join(this.deps.dataFolder, 'data-key.json');
  }
  private get wrappedPath(): string {
    return join(this.deps.dataFolder, 'data-key.wrapped.json');
  }

  open(): Promise<Result<VaultState>> {
    return this.serial(async () => {
      if (this.key) return ok(this.state());
      const marker = await this.marker();
      const store = this.deps.keyStore();
      if (marker?.keptIn === 'passphrase' || (!marker && !store))
        return ok({ state: 'needs-passphrase', firstRun: !existsSync(this.wrappedPath) });
      if (!store) return ok({ state: 'needs-passphrase', firstRun: !existsSync(this.wrappedPath) });
      const stored = await store.get(DATA_KEY_ENTRY);
      if (stored !== null) return ok(this.use(Buffer.from(stored, 'base64'), 'keychain'));
      if (marker) {
        this.deps.logger.warn('The data key is missing from the keychain');
        return ok({ state: 'key-missing' });
      }
      const fresh = randomBytes(KEY_BYTES);
      await store.set(DATA_KEY_ENTRY, fresh.toString('base64'));
      await this.writeMarker('keychain');
      this.deps.logger.info('Data key created', { keptIn: 'keychain' });
      return ok(this.use(fresh, 'keychain'));
    });
  }

  unlock(passphrase: string): Promise<Result<VaultState>> {
    return this.serial(async () => {
      if (this.key) return ok(this.state());
      const marker = await this.marker();
      if (marker?.keptIn === 'keychain') return failSaying('vault-keychain', said(words.keychain));
      if (existsSync(this.wrappedPath)) {
        const wrapped = wrappedKeySchema.parse(JSON.parse(await readFile(this.wrappedPath, 'utf8')));
        try {
          return ok(this.use(await unwrapKey(wrapped, passphrase), 'passphrase'));
        } catch (error) {
          if (error instanceof WrongPassphraseError) return wrongPassphrase();
          throw error;
        }
      }
      const fresh = randomBytes(KEY_BYTES);
      await this.writeJson(this.wrappedPath, await wrapKey(fresh, passphrase));
      await this.writeMarker('passphrase');
      this.deps.logger.info('Data key created', { keptIn: 'passphrase' });
      return ok(this.use(fresh, 'passphrase'));
    });
  }

  recoveryFile(passphrase: string): Promise<Result<{ file: string }>> {
    return this.serial(async () => {
      if (!this.key) return fail('vault-locked', 'Open Outpost’s data first.');
      return ok({ file: `${JSON.stringify(await wrapKey(this.key, passphrase), null, 2)}\n` });
    });
  }

  /** The key from a recovery file goes back where this computer keeps it. */
  restore(file: string, passphrase: string): Promise<Result<VaultState>> {
    return this.serial(async () => {
      let wrapped;
      try {
        wrapped = wrappedKeySchema.parse(JSON.parse(file));
      } catch {
        return fail('recovery-invalid', 'This is not an Outpost recovery file.');
      }
      let key: Buffer;
      try {
        key = await unwrapKey(wrapped, passphrase);
      } catch (error) {
        if (error instanceof WrongPassphraseError) return wrongPassphrase();
        throw error;
      }
      const store = this.deps.keyStore();
      if (store) {
        await store.set(DATA_KEY_ENTRY, key.toString('base64'));
        await this.writeMarker('keychain');
        return ok(this.use(key, 'keychain'));
      }
      await this.writeJson(this.wrappedPath, await wrapKey(key, passphrase));
      await this.writeMarker('passphrase');
      return ok(this.use(key, 'passphrase'));
    });
  }

  private use(key: Buffer, keptIn: 'keychain' | 'passphrase'): VaultState {
    this.key = key;
    this.keptIn = keptIn;
    return this.state();
  }

  private state(): VaultState {
    if (!this.key || !this.keptIn) return { state: 'needs-passphrase', firstRun: false };
    return { state: 'open', key: this.key.toString('base64'), keptIn: this.keptIn };
  }

  private async marker(): Promise<z.infer<typeof markerSchema> | undefined> {
    if (!existsSync(this.markerPath)) return undefined;
    return markerSchema.parse(JSON.parse(await readFile(this.markerPath, 'utf8')));
  }

  private writeMarker(keptIn: 'keychain' | 'passphrase'): Promise<void> {
    return this.writeJson(this.markerPath, { keptIn, createdAt: Date.now() });
  }

  private async writeJson(path: string, value: unknown): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.tmp`;
    await writeFile(temporary, JSON.stringify(value), { mode: 0o600 });
    await rename(temporary, path);
  }

  private serial<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    const next = this.queue.then(async () => {
      try {
        return await work();
      } catch (error) {
        this.deps.logger.warn('vault operation failed', { error: error instanceof Error ? error.name : 'unknown' });
        return fail('vault-failed', 'Outpost could not reach its data key. Nothing was changed.') as Result<T>;
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

const wrongPassphrase = (): Result<never> => failSaying('wrong-passphrase', said(words.wrongPassphrase));
