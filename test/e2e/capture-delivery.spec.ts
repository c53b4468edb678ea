import { mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { QuestionProAccount } from '../../common/accounts/index';
import type { Result } from '../../common/result';
import { compileSeedSchemas } from '../unit/sandbox/support/seed-schemas';
import { addSandboxQuestionProAccount } from './support/accounts-in-page';
import { outboxStates, readStore } from './support/outbox-in-page';
import { startSandboxProcess, startTypeScriptProcess, stopProcess } from './support/processes';

/**
 * Issue 7's whole cycle: download while online, capture three responses with the
 * sandbox down, kill and restart the app, bring the sandbox back: each response
 * arrives once, valid against the seed's schema, with what was typed.
 */
test.use({ timezoneId: 'Africa/Nairobi' });

interface StoredResponse {
  externalReference: string;
  responseSet: { questionCode: string; answerValues: { answerText: string; value: { text: string } }[] }[];
}

function listResponses(baseUrl: string, apiKey: string, ca: string): Promise<StoredResponse[]> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/surveys/7654322/responses?perPage=100`,
      { headers: { 'api-key': apiKey }, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { response: StoredResponse[] }).response),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const form = (page: Page) => page.getByRole('form', { name: 'Response to Household Water Access' });

async function captureOne(
  page: Page,
  answers: { source: string; people: string; name: string; phone: string; runsOut: string },
): Promise<void> {
  await page
    .getByRole('listitem', { name: 'Household Water Access' })
    .getByRole('button', { name: 'New response' })
    .click();
  const f = form(page);
  await f.getByRole('radio', { name: answers.source }).check();
  await f.getByRole('combobox', { name: /Region/ }).selectOption({ label: '1. North' });
  await f.getByRole('textbox', { name: /How many people/ }).fill(answers.people);
  await f.getByRole('radio', { name: `Water runs out: ${answers.runsOut}` }).check();
  await f.getByRole('textbox', { name: 'First Name' }).fill(answers.name);
  await f.getByRole('textbox', { name: 'Phone' }).fill(answers.phone);
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
}

test('captured offline, survives a kill, delivered once when the service is back, exactly as typed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  let sandbox = await startSandboxProcess(['--seed', '12']);
  const port = 5800 + Math.floor(Math.random() * 400);
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-capture-delivery-'));
  let host = await startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
    '--port',
    String(port),
    '--data-dir',
    dataDir,
  ]);
  try {
    await page.goto(`${host.ready.url}#/surveys`);
    const accountId = await addSandboxQuestionProAccount(page, sandbox, 'Field QuestionPro');
    await page.reload();
    const get = page.getByRole('region', { name: 'Get surveys' });
    await get.getByRole('combobox', { name: 'Account' }).selectOption({ label: 'Field QuestionPro' });
    await get.getByRole('button', { name: 'Show surveys' }).click();
    await get.getByRole('button', { name: 'Download Household Water Access' }).click();
    await expect(get.getByText('Downloaded “Household Water Access”')).toBeVisible({ timeout: 30_000 });

    // The service goes away; work goes on.
    await sandbox.stop();
    const typed = [
      { source: 'Piped', people: '6', name: 'Amina', phone: '+254700000001', runsOut: 'Often' },
      { source: 'Borehole', people: '4', name: 'Joseph', phone: '0712345678', runsOut: 'Sometimes' },
      { source: 'Well', people: '9', name: 'Wanjiru', phone: '+254711000222', runsOut: 'Never' },
    ];
    for (const answers of typed) await captureOne(page, answers);
    // A fourth interview is left half done.
    await page
      .getByRole('listitem', { name: 'Household Water Access' })
      .getByRole('button', { name: 'New response' })
      .click();
    await form(page).getByRole('textbox', { name: 'First Name' }).fill('Half-done');
    await page.waitForTimeout(800);

    // The app dies (as the Electron main process would, taking everything with it) and starts again.
    await stopProcess(host.child, 'SIGKILL');
    host = await startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
      '--port',
      String(port),
      '--data-dir',
      dataDir,
    ]);
    // A fresh load, as when the app starts again (a hash-only change would keep the old page).
    await page.goto('about:blank');
    await page.goto(`${host.ready.url}#/surveys`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const drafts = await readStore(page, 'drafts');
    expect(drafts).toHaveLength(1);
    expect(JSON.stringify(drafts)).toContain('Half-done');
    const waiting = await outboxStates(page);
    expect((waiting['queued'] ?? 0) + (waiting['sending'] ?? 0) + (waiting['retry-wait'] ?? 0)).toBe(3);

    // The service is back (a new run of it: new address, key and certificate, which the account is told about).
    sandbox = await startSandboxProcess(['--seed', '13']);
    const edited = (await page.evaluate(
      ([id, patch]) => window.outpost?.operations['accounts.editQuestionPro']({ id, patch }),
      [
        accountId,
        {
          location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
          apiKey: sandbox.info.questionpro.apiKey,
          extraCaPem: sandbox.caCertPem,
        },
      ] as const,
    )) as Result<QuestionProAccount>;
    expect(edited.ok, JSON.stringify(edited)).toBe(true);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Outbox/ })
      .click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 }).toBe(3);

    const stored = await listResponses(
      sandbox.info.questionpro.baseUrl,
      sandbox.info.questionpro.apiKey,
      sandbox.caCertPem,
    );
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((response) => response.externalReference)).size).toBe(3);
    const { success } = compileSeedSchemas({ customVariablesMayBeStrings: true });
    for (const response of stored) expect(success({ response }), JSON.stringify(success.errors)).toBe(true);

    const answer = (response: StoredResponse, code: string): string[] =>
      response.responseSet
        .filter((entry) => entry.questionCode === code)
        .flatMap((entry) => entry.answerValues.map((value) => value.value.text || value.answerText));
    for (const answers of typed) {
      const response = stored.find((candidate) => answer(candidate, 'Q10_1').includes(answers.name));
      expect(response, answers.name).toBeDefined();
      if (!response) continue;
      expect(answer(response, 'Q2')).toEqual([answers.source]);
      expect(answer(response, 'Q7')).toEqual([answers.people]);
      expect(answer(response, 'Q10_2')).toEqual([answers.phone]);
      expect(answer(response, 'Q8_1')).toEqual([answers.runsOut]);
    }
  } finally {
    await stopProcess(host.child);
    await sandbox.stop();
  }
});
