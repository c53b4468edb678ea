import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';

/**
 * Real-keychain tests. On Linux they start a private D-Bus session with an
 * unlocked gnome-keyring in a temporary HOME (the user's own keyring is never
 * touched) and run a probe script inside it:
 *   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets && node --import tsx probe.ts'
 * Elsewhere, or without the tools, they skip with a printed reason, except on
 * CI (CI=true) on Linux, where a missing tool is a failure: CI must prove it.
 */
const probe = path.join(import.meta.dirname, 'support', 'keychain-probe.ts');
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const onCi = process.env['CI'] === 'true';
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

function skipReason(): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform}): the gnome-keyring harness is Linux-only`;
  const missing = ['dbus-run-session', 'gnome-keyring-daemon'].filter((t) => !has(t));
  if (missing.length === 0) return null;
  const reason = `missing ${missing.join(', ')} (apt-get install gnome-keyring dbus-x11)`;
  if (onCi) throw new Error(`Keychain tests cannot run on CI: ${reason}`);
  return reason;
}

const reason = skipReason();
if (reason) console.warn(`[keychain tests skipped] ${reason}`);

function runProbe(withSecretService: boolean): Record<string, unknown> {
  const home = mkdtempSync(path.join(tmpdir(), 'outpost-keyring-'));
  try {
    const node = `"${process.execPath}" --import tsx "${probe}"`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOME: home,
      XDG_RUNTIME_DIR: home,
      XDG_DATA_HOME: path.join(home, 'data'),
    };
    delete env['DBUS_SESSION_BUS_ADDRESS'];
    const result = withSecretService
      ? spawnSync(
          'dbus-run-session',
          ['--', 'sh', '-c', `printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ${node}`],
          { env, cwd: repoRoot, encoding: 'utf8', timeout: 30_000 },
        )
      : spawnSync('sh', ['-c', node], { env, cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    const line = result.stdout.trim().split('\n').at(-1) ?? '';
    if (result.status !== 0 || !line.startsWith('{'))
      throw new Error(`probe failed (${result.status}): ${result.stderr.slice(-800)}`);
    return JSON.parse(line) as Record<string, unknown>;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe.skipIf(reason !== null)('KeyringSecretStore on a real Secret Service', () => {
  it('stores, reads back from a second instance, and deletes', () => {
    expect(runProbe(true)).toEqual({
      availability: { available: true, store: 'secret-service' },
      read: 'sekret-ÄÖ-1',
      missing: null,
      deleted: true,
      deletedAgain: false,
      afterDelete: null,
      other: 'other',
    });
  });

  it('without a Secret Service it says so and refuses to fall back silently', () => {
    const out = runProbe(false);
    expect(out['availability']).toMatchObject({ available: false });
    expect(String((out['availability'] as { reason: string }).reason)).toMatch(/No Secret Service/);
    expect(out['setWithoutSecretService']).toBe('SecretStoreError');
  });
});

describe('MemorySecretStore', () => {
  it('gets, sets and deletes', async () => {
    const s = new MemorySecretStore();
    expect(await s.get('a')).toBeNull();
    await s.set('a', 'x');
    expect(await s.get('a')).toBe('x');
    expect(await s.delete('a')).toBe(true);
    expect(await s.delete('a')).toBe(false);
  });
});
