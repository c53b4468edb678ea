import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../../main/logging/logger';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { DATA_KEY_ENTRY, VaultService } from '../../../main/vault/vault-service';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));
const fresh = (): string => (folder = mkdtempSync(join(tmpdir(), 'outpost-vault-')));
const keyOf = (state: unknown): string => (state as { value: { key: string } }).value.key;

describe('the data key', () => {
  it('is made once on first run, kept in the keychain, and the same after a restart', async () => {
    const dataFolder = fresh();
    const keychain = new MemorySecretStore();
    const first = await new VaultService({ dataFolder, keyStore: () => keychain, logger: new MemoryLogger() }).open();
    expect(first).toMatchObject({ ok: true, value: { state: 'open', keptIn: 'keychain' } });
    expect(Buffer.from(keyOf(first), 'base64')).toHaveLength(32);
    expect(await keychain.get(DATA_KEY_ENTRY)).toBe(keyOf(first));
    const again = await new VaultService({ dataFolder, keyStore: () => keychain, logger: new MemoryLogger() }).open();
    expect(keyOf(again)).toBe(keyOf(first));
    // Nothing in the data folder holds the key itself.
    for (const file of readdirSync(dataFolder))
      expect(readFileSync(join(dataFolder, file), 'utf8')).not.toContain(keyOf(first));
  });

  it('says the key is missing, instead of making a new one, when the keychain lost it', async () => {
    const dataFolder = fresh();
    const keychain = new MemorySecretStore();
    const logger = new MemoryLogger();
    const made = await new VaultService({ dataFolder, keyStore: () => keychain, logger }).open();
    const recovery = await new VaultService({ dataFolder, keyStore: () => keychain, logger }).open().then(async () => {
      const vault = new VaultService({ dataFolder, keyStore: () => keychain, logger });
      await vault.open();
      return vault.recoveryFile('correct horse battery');
    });
    expect(recovery.ok).toBe(true);
    await keychain.delete(DATA_KEY_ENTRY);
    const lost = new VaultService({ dataFolder, keyStore: () => keychain, logger });
    expect(await lost.open()).toEqual({ ok: true, value: { state: 'key-missing' } });
    const file = (recovery as { ok: true; value: { file: string } }).value.file;
    expect(await lost.restore(file, 'wrong passphrase!')).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(await keychain.get(DATA_KEY_ENTRY)).toBeNull();
    const restored = await lost.restore(file, 'correct horse battery');
    expect(keyOf(restored)).toBe(keyOf(made));
    expect(await keychain.get(DATA_KEY_ENTRY)).toBe(keyOf(made));
  });

  it('without a keychain that survives restarts, a passphrase protects the key; a wrong one opens nothing', async () => {
    const dataFolder = fresh();
    const logger = new MemoryLogger();
    const vault = new VaultService({ dataFolder, keyStore: () => null, logger });
    expect(await vault.open()).toEqual({ ok: true, value: { state: 'needs-passphrase', firstRun: true } });
    const created = await vault.unlock('a long enough passphrase');
    expect(created).toMatchObject({ ok: true, value: { state: 'open', keptIn: 'passphrase' } });

    const restarted = new VaultService({ dataFolder, keyStore: () => null, logger });
    expect(await restarted.open()).toEqual({ ok: true, value: { state: 'needs-passphrase', firstRun: false } });
    expect(await restarted.unlock('not the passphrase')).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    expect(keyOf(await restarted.unlock('a long enough passphrase'))).toBe(keyOf(created));
    // On disk only the wrapped key: never the key itself.
    for (const file of readdirSync(dataFolder))
      expect(readFileSync(join(dataFolder, file), 'utf8')).not.toContain(keyOf(created));
  });
});
