import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { QuestionProAccount } from '../../common/accounts/index';
import type { Result } from '../../common/result';
import { queue } from '../../common/outbox/transitions';
import { startConnectProxy, type RunningConnectProxy } from '../support/connect-proxy';
import { outboxStates, putOutboxItems } from './support/outbox-in-page';
import { startSandboxProcess, startTypeScriptProcess, stopProcess, type SandboxProcess } from './support/processes';

/**
 * An office network: QuestionPro is reached only through an HTTP CONNECT proxy
 * (a real one, on loopback). The sandbox answers under a name that only the
 * proxy resolves, as an office proxy resolves hosts the laptop cannot, so a
 * request that bypassed the proxy could not arrive at all. Its certificate is
 * for that name, issued by a CA that only the computer's certificate store
 * trusts (no account CA: those are for loopback only), so TLS stays verified
 * end to end through the tunnel.
 */
const SERVICE_NAME = 'questionpro.outpost.test';

/** The app, on a computer whose certificate store holds the sandbox's CA (as IT deploys a corporate root). */
async function openHost(page: Page, sandbox: SandboxProcess): Promise<{ stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-proxy-'));
  const host = await startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
    '--port',
    '0',
    '--data-dir',
    dataDir,
    '--system-ca',
    sandbox.info.caCertPath,
  ]);
  await page.goto(`${host.ready.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  return { stop: () => stopProcess(host.child) };
}

async function useProxy(page: Page, proxy: RunningConnectProxy): Promise<void> {
  const form = page.getByRole('form', { name: 'Proxy' });
  await form.getByRole('radio', { name: 'Use this proxy' }).check();
  await form.getByRole('textbox', { name: 'Proxy address' }).fill(proxy.url);
  await form.getByRole('button', { name: 'Save network settings' }).click();
  await expect(form.getByRole('status')).toHaveText('Network settings saved.');
}

async function addAccountBehindProxy(page: Page, sandbox: SandboxProcess): Promise<string> {
  const baseUrl = sandbox.info.questionpro.baseUrl.replace('127.0.0.1', SERVICE_NAME);
  const added = (await page.evaluate((draft) => window.outpost?.operations['accounts.addQuestionPro'](draft), {
    label: 'Office QuestionPro',
    location: { customBaseUrl: baseUrl },
    userId: String(sandbox.info.questionpro.userId),
    practice: false,
    apiKey: sandbox.info.questionpro.apiKey,
  })) as Result<QuestionProAccount>;
  if (!added.ok) throw new Error(added.error.message);
  return added.value.id;
}

function oneResponse(accountId: string) {
  return queue(
    {
      accountId,
      label: 'Test Survey',
      payload: {
        kind: 'questionpro.create-response',
        surveyId: 7654321,
        responseId: 'office-1',
        body: {
          responseStatus: 'Completed',
          responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
        },
      },
    },
    Date.now(),
    crypto.randomUUID(),
  );
}

test('delivers to QuestionPro through the office CONNECT proxy, certificate verified', async ({ page }) => {
  test.setTimeout(120_000);
  const sandbox = await startSandboxProcess(['--seed', '31', '--tls-name', SERVICE_NAME]);
  const proxy = await startConnectProxy({ hosts: { [SERVICE_NAME]: '127.0.0.1' } });
  const host = await openHost(page, sandbox);
  try {
    await useProxy(page, proxy);
    const accountId = await addAccountBehindProxy(page, sandbox);
    const item = oneResponse(accountId);
    await putOutboxItems(page, [item]);
    await page.reload();

    await expect.poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 }).toBe(1);
    const stored = await sandbox.state();
    expect(stored.questionpro.responses.map((response) => response.externalReference)).toEqual([item.id]);
    const servicePort = new URL(sandbox.info.questionpro.baseUrl).port;
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect(new Set(proxy.connects)).toEqual(new Set([`${SERVICE_NAME}:${servicePort}`]));
  } finally {
    await host.stop();
    await proxy.close();
    await sandbox.stop();
  }
});

test('a proxy that refuses the connection is explained, and nothing is sent', async ({ page }) => {
  test.setTimeout(120_000);
  const sandbox = await startSandboxProcess(['--seed', '32', '--tls-name', SERVICE_NAME]);
  const proxy = await startConnectProxy({ refuse: () => true });
  const host = await openHost(page, sandbox);
  try {
    await useProxy(page, proxy);
    const accountId = await addAccountBehindProxy(page, sandbox);
    await putOutboxItems(page, [oneResponse(accountId)]);
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Outbox/ })
      .click();

    const waiting = page.locator('[data-testid="outbox-row"][data-state="retry-wait"]');
    await expect(waiting).toHaveCount(1, { timeout: 30_000 });
    await waiting.click();
    const problem = page.getByTestId('outbox-detail').getByTestId('problem');
    await expect(problem).toContainText(
      'The proxy server refused to connect Outpost to QuestionPro; nothing was sent.',
    );
    await expect(problem).toContainText('allow HTTPS (CONNECT on port 443)');
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect((await sandbox.state()).questionpro.responses).toEqual([]);
  } finally {
    await host.stop();
    await proxy.close();
    await sandbox.stop();
  }
});

test('a proxy that wants a sign-in asks once in Settings, then delivery goes through', async ({ page }) => {
  test.setTimeout(120_000);
  const sandbox = await startSandboxProcess(['--seed', '33', '--tls-name', SERVICE_NAME]);
  const proxy = await startConnectProxy({
    hosts: { [SERVICE_NAME]: '127.0.0.1' },
    credentials: { username: 'field.office', password: 'proxy-pass-5521' },
  });
  const host = await openHost(page, sandbox);
  try {
    await useProxy(page, proxy);
    const accountId = await addAccountBehindProxy(page, sandbox);
    const item = oneResponse(accountId);
    await putOutboxItems(page, [item]);
    await page.reload();
    await expect.poll(async () => (await outboxStates(page))['retry-wait'] ?? 0, { timeout: 30_000 }).toBe(1);

    await page.reload();
    const signIn = page.getByRole('form', { name: 'Proxy sign-in' });
    await expect(signIn).toContainText(`The proxy 127.0.0.1:${proxy.port} asks for a user name and password`);
    await signIn.getByRole('textbox', { name: 'Proxy user name' }).fill('field.office');
    await signIn.getByLabel('Proxy password').fill('proxy-pass-5521');
    await signIn.getByRole('button', { name: 'Sign in to the proxy' }).click();
    await expect(page.getByRole('list', { name: 'Proxy sign-ins' })).toContainText(`127.0.0.1:${proxy.port}`);
    await expect(signIn).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Outbox/ })
      .click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 }).toBe(1);
    expect((await sandbox.state()).questionpro.responses.map((r) => r.externalReference)).toEqual([item.id]);
  } finally {
    await host.stop();
    await proxy.close();
    await sandbox.stop();
  }
});
