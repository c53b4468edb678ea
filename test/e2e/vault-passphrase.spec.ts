import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startTypeScriptProcess, stopProcess } from './support/processes';

/**
 * Issue 12: where the computer keeps no secret across restarts (no Secret
 * Service), Outpost asks for a passphrase that protects the data key; a wrong
 * one opens nothing; Settings saves a recovery file and says plainly what losing
 * both means; a keychain that lost the key is healed from that file. The browser
 * host plays a computer without a keychain (`--no-keychain`, test-only).
 */
const PASSPHRASE = 'long walk to the village well';
const RECOVERY_PASSPHRASE = 'kept in the office safe 2026';
const ENUMERATOR = 'ENUM-VAULT-E2E';

type Host = Awaited<ReturnType<typeof startHost>>;

function startHost(port: number, dataDir: string, extra: readonly string[] = []) {
  return startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    ...extra,
  ]);
}

/** Each test its own port: the app's IndexedDB belongs to the origin, which must stay the same across restarts. */
const freePort = (): number => 6600 + Math.floor(Math.random() * 400);

/** A fresh load of the app's Settings (never a same-document hash change: the host may have restarted). */
async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${url}#/settings`);
}

async function setEnumerator(page: Page, value: string): Promise<void> {
  await page.getByLabel('Enumerator ID').fill(value);
  await page.getByRole('button', { name: 'Save capture settings' }).click();
  await expect(page.getByText('Saved. New responses carry these IDs.')).toBeVisible();
}

async function saveRecoveryFile(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Data key recovery' });
  // What losing both means, in plain words, before anything is saved.
  await expect(panel).toContainText(
    'Losing both the key and the recovery file, or its passphrase, means the data on this laptop can never be read again.',
  );
  const form = panel.getByRole('form', { name: 'Save a recovery file' });
  await form.getByLabel('Recovery passphrase').fill(RECOVERY_PASSPHRASE);
  await form.getByLabel('The same passphrase again').fill('not the same one at all');
  await form.getByRole('button', { name: 'Save a recovery file' }).click();
  await expect(panel.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await form.getByLabel('Recovery passphrase').fill(RECOVERY_PASSPHRASE);
  await form.getByLabel('The same passphrase again').fill(RECOVERY_PASSPHRASE);
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Save a recovery file' }).click();
  const file = await readFile(await (await download).path(), 'utf8');
  await expect(panel).toContainText('Recovery file saved. Keep it, and its passphrase, away from this laptop.');
  expect(JSON.parse(file)).toMatchObject({ format: 'outpost.wrapped-key', kdf: { name: 'scrypt' } });
  expect(file).not.toContain(RECOVERY_PASSPHRASE);
  return file;
}

let dataDir = '';
let hosts: Host[] = [];
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'outpost-vault-e2e-'));
  hosts = [];
});
test.afterEach(async () => {
  for (const host of hosts) await stopProcess(host.child).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

async function restart(port: number, extra: readonly string[] = []): Promise<string> {
  for (const host of hosts.splice(0)) await stopProcess(host.child);
  const host = await startHost(port, dataDir, extra);
  hosts.push(host);
  return host.ready.url;
}

test('without a keychain Outpost asks for a passphrase; a wrong one opens nothing; the recovery file is saved from Settings', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const port = freePort();
  let url = await restart(port, ['--no-keychain']);

  // First start: the user chooses the passphrase, twice, and is told nobody can recover it.
  await openSettings(page, url);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a passphrase for Outpost’s data' })).toBeVisible();
  await expect(page.getByText('This computer has no keychain that keeps secrets across restarts')).toBeVisible();
  await expect(page.getByText('Nobody can recover a forgotten passphrase.')).toBeVisible();
  const choose = page.getByRole('form', { name: 'Passphrase' });
  await choose.getByLabel('Passphrase', { exact: true }).fill('short');
  await choose.getByLabel('The same passphrase again').fill('short');
  await choose.getByRole('button', { name: 'Use this passphrase' }).click();
  await expect(choose.getByRole('alert')).toContainText('Use at least 10 characters');
  await choose.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await choose.getByLabel('The same passphrase again').fill(`${PASSPHRASE}!`);
  await choose.getByRole('button', { name: 'Use this passphrase' }).click();
  await expect(choose.getByRole('alert')).toHaveText('The two passphrases are not the same.');
  await choose.getByLabel('The same passphrase again').fill(PASSPHRASE);
  await choose.getByRole('button', { name: 'Use this passphrase' }).click();
  await expect(page.getByRole('heading', { name: 'Capture' })).toBeVisible({ timeout: 30_000 });
  await setEnumerator(page, ENUMERATOR);
  await saveRecoveryFile(page);
  // Nothing in the data folder holds the passphrase, and the key is kept only wrapped.
  for (const name of ['data-key.json', 'data-key.wrapped.json'])
    expect(readFileSync(join(dataDir, name), 'utf8')).not.toContain(PASSPHRASE);
  expect(JSON.parse(readFileSync(join(dataDir, 'data-key.json'), 'utf8'))).toMatchObject({ keptIn: 'passphrase' });

  // Next start: the passphrase is asked for again; a wrong one is a clear error and opens nothing.
  url = await restart(port, ['--no-keychain']);
  await openSettings(page, url);
  await expect(page.getByRole('heading', { level: 1, name: 'Enter Outpost’s passphrase' })).toBeVisible();
  const enter = page.getByRole('form', { name: 'Passphrase' });
  await expect(enter.getByLabel('The same passphrase again')).toHaveCount(0);
  await enter.getByLabel('Passphrase', { exact: true }).fill('a wrong passphrase, long enough');
  await enter.getByRole('button', { name: 'Open' }).click();
  await expect(enter.getByRole('alert')).toHaveText(
    'That passphrase is not the right one. Nothing was changed; try again.',
  );
  await expect(page.getByRole('heading', { name: 'Capture' })).toHaveCount(0);
  // The right one opens the data sealed under the same key.
  await enter.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await enter.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByLabel('Enumerator ID')).toHaveValue(ENUMERATOR, { timeout: 30_000 });
});

test('a keychain that lost the data key says so, and the recovery file brings the data back', async ({ page }) => {
  test.setTimeout(120_000);
  const port = freePort();
  let url = await restart(port);
  await openSettings(page, url);
  await setEnumerator(page, ENUMERATOR);
  const recovery = await saveRecoveryFile(page);

  // The keychain forgets the key (a reset keychain, a reinstalled system): the host's test keychain loses its entry.
  for (const host of hosts.splice(0)) await stopProcess(host.child);
  const secretsFile = join(dataDir, 'browser-host-secrets.json');
  const secrets = JSON.parse(readFileSync(secretsFile, 'utf8')) as Record<string, string>;
  expect(secrets).toHaveProperty('outpost-data-key');
  delete secrets['outpost-data-key'];
  writeFileSync(secretsFile, JSON.stringify(secrets));

  url = await restart(port);
  await openSettings(page, url);
  // Never a new key in silence (which would leave every stored row unreadable).
  await expect(page.getByRole('heading', { level: 1, name: 'Outpost’s data key is missing' })).toBeVisible();
  const restore = page.getByRole('form', { name: 'Restore the data key' });
  const recoveryFile = {
    name: 'outpost-recovery-key.json',
    mimeType: 'application/json',
    buffer: Buffer.from(recovery),
  };
  await restore.getByLabel('Recovery file').setInputFiles(recoveryFile);
  await restore.getByLabel('Its passphrase').fill('not the recovery passphrase');
  await restore.getByRole('button', { name: 'Restore the key' }).click();
  await expect(restore.getByRole('alert')).toHaveText(
    'That passphrase is not the right one. Nothing was changed; try again.',
  );
  expect(JSON.parse(readFileSync(secretsFile, 'utf8'))).not.toHaveProperty('outpost-data-key');
  await restore.getByLabel('Its passphrase').fill(RECOVERY_PASSPHRASE);
  await restore.getByRole('button', { name: 'Restore the key' }).click();
  await expect(page.getByLabel('Enumerator ID')).toHaveValue(ENUMERATOR, { timeout: 30_000 });
  // Back in the keychain: the next start opens without asking.
  url = await restart(port);
  await openSettings(page, url);
  await expect(page.getByLabel('Enumerator ID')).toHaveValue(ENUMERATOR, { timeout: 30_000 });
});
