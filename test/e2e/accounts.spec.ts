import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { practiceAccountCard, testConnection } from './support/settings-ui';

/**
 * Settings → Accounts in the browser host, against the real main services and
 * the Practice sandbox they start. Other spec files share the host's data
 * folder, so nothing here assumes an empty account list: practice accounts are
 * found by their badge.
 */

/** The browser host's data folder (playwright.config.ts starts it with this --data-dir). */
const hostDataFolder = resolve(import.meta.dirname, '../../.tmp/e2e-host-data');
/** The host's stand-in for the OS keychain: the one file that is meant to hold secrets. */
const hostSecretStoreFile = 'browser-host-secrets.json';

const WRONG_API_KEY = 'WRONG-KEY-7f3a9c';
const WRONG_QMOB_PASSWORD = 'WRONG-PASSWORD-4d2e81';

/** Wording from common/errors/questionpro-catalogue.ts (1010), as the card words it, and the sandbox's verbatim server message. */
const questionProWrongKey = {
  explanation: 'QuestionPro did not accept the API key.',
  // On the account's own card the catalogue's "in Settings → Accounts" would send the user where they are.
  action: 'Check the API key of this account. Make sure the datacenter matches the one the key was issued on.',
  serverMessage: 'Incorrect API Key',
};

async function openSettings(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Loading accounts…')).toHaveCount(0);
}

async function startPractice(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start practice workspace' }).click();
  const result = page.getByTestId('practice-result');
  await expect(result).toContainText('Practice: QuestionPro', { timeout: 30_000 });
  await expect(result).toContainText('Practice: QMob');
  await expect(result.getByTestId('practice-badge')).toHaveCount(2);
}

async function editSecret(card: Locator, fieldLabel: 'API key' | 'Password', secret: string): Promise<void> {
  await card.getByRole('button', { name: /^Edit/ }).click();
  await card.getByLabel(fieldLabel, { exact: true }).fill(secret);
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(card.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
}

async function expectNoSeriousAxeViolations(page: Page, where: string): Promise<void> {
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.help}`),
    where,
  ).toEqual([]);
}

/** Every place in the page a secret could end up: IndexedDB (all databases and stores), web storage, the DOM and input values. */
async function pagePlacesHolding(page: Page, secrets: readonly string[]): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const found: string[] = [];
    const holds = (text: string): boolean => wanted.some((secret) => text.includes(secret));
    const request = <T>(req: IDBRequest<T>): Promise<T> =>
      new Promise((resolveRequest, rejectRequest) => {
        req.onsuccess = () => resolveRequest(req.result);
        req.onerror = () => rejectRequest(req.error ?? new Error('IndexedDB request failed'));
      });
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const database = await request(indexedDB.open(name));
      for (const storeName of Array.from(database.objectStoreNames)) {
        const store = database.transaction(storeName, 'readonly').objectStore(storeName);
        const [rows, keys] = await Promise.all([request(store.getAll()), request(store.getAllKeys())]);
        if (holds(JSON.stringify([rows, keys]))) found.push(`IndexedDB ${name}/${storeName}`);
      }
      database.close();
    }
    for (const [storageName, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index) ?? '';
        if (holds(`${key}=${storage.getItem(key) ?? ''}`)) found.push(`${storageName} ${key}`);
      }
    }
    if (holds(document.documentElement.outerHTML)) found.push('DOM markup');
    if (holds(document.body.innerText)) found.push('DOM text');
    for (const input of Array.from(document.querySelectorAll('input, textarea'))) {
      if ((input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) && holds(input.value)) {
        found.push(`value of input ${input.name || input.id}`);
      }
    }
    return found;
  }, secrets);
}

/** Files the host wrote to its data folder, except its keychain stand-in (whose job is to hold secrets). */
async function hostFilesHolding(secrets: readonly string[]): Promise<string[]> {
  const entries = await readdir(hostDataFolder, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name === hostSecretStoreFile) continue;
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'latin1');
    if (secrets.some((secret) => text.includes(secret))) found.push(path);
  }
  return found;
}

async function hostSecretStoreText(): Promise<string> {
  return readFile(join(hostDataFolder, hostSecretStoreFile), 'utf8');
}

/** The practice accounts' own secrets, from the host's keychain stand-in, to put them back after the wrong-secret steps. */
async function practiceSecrets(page: Page): Promise<{ apiKey: string; password: string }> {
  const listed = await page.evaluate(() => window.outpost?.operations['accounts.list']({}));
  if (!listed?.ok) throw new Error('accounts.list failed');
  const stored = JSON.parse(await hostSecretStoreText()) as Record<string, string>;
  const secretOf = (kind: 'questionpro' | 'qmob'): string => {
    const account = listed.value.find((candidate) => candidate.kind === kind && candidate.practice);
    const secret = account ? stored[account.id] : undefined;
    if (!secret) throw new Error(`no stored secret for the practice ${kind} account`);
    return secret;
  };
  return { apiKey: secretOf('questionpro'), password: secretOf('qmob') };
}

/** Counts accounts by asking main directly, so the assertion does not depend on what the list renders. */
async function accountCount(page: Page): Promise<number> {
  const listed = await page.evaluate(() => window.outpost?.operations['accounts.list']({}));
  if (!listed?.ok) throw new Error('accounts.list failed');
  return listed.value.length;
}

test('a new user starts Practice, tests both accounts, sees a wrong key explained, restores, and no secret leaks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Every contract answer the page receives over the bridge, to search for the secrets afterwards.
  const contractOutputs: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) =>
      contractOutputs.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8')),
    );
  });

  await openSettings(page);
  await startPractice(page);

  const questionPro = practiceAccountCard(page, 'questionpro');
  const qmob = practiceAccountCard(page, 'qmob');
  await expect(questionPro).toHaveCount(1);
  await expect(qmob).toHaveCount(1);
  await expect(questionPro).toContainText('Key stored');
  await expect(qmob).toContainText('Password stored');

  await expect(await testConnection(questionPro)).toContainText(/Connected to QuestionPro: \d+ surveys? visible\./);
  await expect(await testConnection(qmob)).toContainText('Connected to QMob: the user name and password work.');
  await expectNoSeriousAxeViolations(page, 'practice accounts, both tested');

  const original = await practiceSecrets(page);

  // A wrong key: the catalogue's explanation, what to do, and the server's words verbatim.
  await editSecret(questionPro, 'API key', WRONG_API_KEY);
  await expect(page.getByTestId('accounts-notice')).toHaveText('Saved the changes to Practice: QuestionPro.');
  await expect(questionPro).toContainText('Key stored');
  const failed = await testConnection(questionPro);
  await expect(failed).toHaveAttribute('data-phase', 'failed');
  await expect(failed).toContainText(questionProWrongKey.explanation);
  await expect(failed).toContainText(questionProWrongKey.action);
  await expect(failed.getByTestId('server-message')).toHaveText(questionProWrongKey.serverMessage);

  // And a wrong QMob password, so the leak search covers both kinds of secret.
  await editSecret(qmob, 'Password', WRONG_QMOB_PASSWORD);
  const qmobFailed = await testConnection(qmob);
  await expect(qmobFailed).toHaveAttribute('data-phase', 'failed');
  await expect(qmobFailed.getByTestId('server-message')).toHaveText('Authentication failure.');
  await expectNoSeriousAxeViolations(page, 'failed connection tests');

  // The secrets went to main and live only in the host's keychain stand-in.
  const secrets = [WRONG_API_KEY, WRONG_QMOB_PASSWORD];
  expect(await hostSecretStoreText()).toContain(WRONG_API_KEY);
  // The search itself works: a planted copy is found.
  await page.evaluate((planted) => localStorage.setItem('leak-search-probe', planted), WRONG_API_KEY);
  expect(await pagePlacesHolding(page, secrets)).toEqual(['localStorage leak-search-probe']);
  await page.evaluate(() => localStorage.removeItem('leak-search-probe'));

  const listed = await page.evaluate(() => window.outpost?.operations['accounts.list']({}));
  const tested = await page.evaluate(async () => {
    const accounts = await window.outpost?.operations['accounts.list']({});
    if (!accounts?.ok) return [];
    return Promise.all(
      accounts.value.map((account) => window.outpost?.operations['accounts.test']({ id: account.id })),
    );
  });
  expect(listed?.ok).toBe(true);
  expect(contractOutputs.length).toBeGreaterThan(0);
  const leaks = [
    ...(await pagePlacesHolding(page, secrets)),
    ...contractOutputs
      .filter((output) => secrets.some((secret) => output.includes(secret)))
      .map((output) => `contract output ${output.slice(0, 80)}`),
    ...[JSON.stringify(listed), JSON.stringify(tested)].filter((output) =>
      secrets.some((secret) => output.includes(secret)),
    ),
    ...(await hostFilesHolding(secrets)),
  ];
  expect(leaks).toEqual([]);

  // Put the practice key and password back through the same Edit form, so later specs find working practice accounts.
  // (Starting Practice again does not restore them yet: PracticeService caches its accounts for the whole run.)
  await editSecret(questionPro, 'API key', original.apiKey);
  await editSecret(qmob, 'Password', original.password);
  await expect(await testConnection(questionPro)).toContainText(/Connected to QuestionPro/);
  await expect(await testConnection(qmob)).toContainText('Connected to QMob');
  expect(await hostSecretStoreText()).not.toContain(WRONG_API_KEY);
  expect(await hostSecretStoreText()).not.toContain(WRONG_QMOB_PASSWORD);

  // Starting Practice again is harmless: the same two practice accounts, still working.
  await startPractice(page);
  await expect(questionPro).toHaveCount(1);
  await expect(qmob).toHaveCount(1);
  await expect(await testConnection(questionPro)).toContainText(/Connected to QuestionPro/);
});

test('a QuestionPro account with an http:// address is refused with a clear error, and nothing is added', async ({
  page,
}) => {
  await openSettings(page);
  const before = await accountCount(page);

  await page.getByRole('button', { name: 'Add QuestionPro account' }).click();
  const form = page.getByRole('form', { name: 'Add a QuestionPro account' });
  await form.getByLabel('Account name').fill('Plain HTTP test');
  await form.getByLabel('Datacenter').selectOption({ label: 'Custom address' });
  await form.getByLabel('Server address').fill('http://questionpro.example.org/a/api/v2');
  await form.getByLabel('User ID').fill('12345');
  await form.getByLabel('API key', { exact: true }).fill('HTTP-TEST-KEY-51c0');
  await form.getByRole('button', { name: 'Add account' }).click();

  // The error is tied to its field, and focus moves there so keyboard users land on it.
  const address = form.getByLabel('Server address');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(
    /Use an address that starts with https:\/\/\. Outpost never sends data over plain http:\/\//,
  );
  await expect(address).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'add form with a validation error');

  expect(await accountCount(page)).toBe(before);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add QuestionPro account' })).toBeFocused();
  await expect(page.locator('[data-testid="account-card"]').filter({ hasText: 'Plain HTTP test' })).toHaveCount(0);
});

test('an account can be added, edited and removed from the keyboard alone, and its key is never shown', async ({
  page,
}) => {
  const label = `Keyboard field team ${Date.now()}`;
  const apiKey = 'KEYBOARD-KEY-93be01';
  await openSettings(page);

  await page.getByRole('button', { name: 'Add QuestionPro account' }).focus();
  await page.keyboard.press('Enter');
  // Focus starts in the form's first field.
  await expect(page.getByLabel('Account name')).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Datacenter')).toBeFocused();
  await page.getByLabel('Datacenter').selectOption('eu');
  await page.getByLabel('User ID').focus();
  await page.keyboard.type('4242');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('API key', { exact: true })).toBeFocused();
  await page.keyboard.type(apiKey);
  await page.keyboard.press('Enter');

  const card = page.locator('[data-testid="account-card"]').filter({ hasText: label });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('account-location')).toHaveText('Europe (api.questionpro.eu)');
  await expect(card.getByTestId('account-secret')).toHaveText('Key stored');
  await expect(card.getByTestId('practice-badge')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add QuestionPro account' })).toBeFocused();
  expect(await pagePlacesHolding(page, [apiKey])).toEqual([]);

  // Edit with the key left empty keeps the stored key.
  await card.getByRole('button', { name: /^Edit/ }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByLabel('API key', { exact: true })).toHaveValue('');
  await card.getByLabel('User ID').fill('4343');
  await card.getByLabel('User ID').press('Enter');
  await expect(card.getByRole('button', { name: /^Edit/ })).toBeFocused();
  await expect(card).toContainText('4343');
  await expect(card.getByTestId('account-secret')).toHaveText('Key stored');

  // Removal asks first, with the safe answer focused.
  await card.getByRole('button', { name: /^Remove/ }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Keep account' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(card.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-testid="account-card"]').filter({ hasText: label })).toHaveCount(0);
  await expect(page.getByTestId('accounts-notice')).toHaveText(`Removed ${label}.`);
  expect(await hostSecretStoreText()).not.toContain(apiKey);
});
