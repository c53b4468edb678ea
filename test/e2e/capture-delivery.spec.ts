import { expect, test } from '@playwright/test';
import { compileSeedSchemas } from '../unit/sandbox/support/seed-schemas';
import { editQuestionProAccount } from './support/accounts-in-page';
import { answerWater, finishResponse, newResponse, startWithSandboxWater } from './support/capture-ui';
import { outboxStates, readStore } from './support/outbox-in-page';
import { answerTexts } from './support/sandbox-responses';
import { ownHostPlace, startBrowserHost, startSandboxProcess, stopProcess } from './support/processes';

/**
 * Issue 7's whole cycle: download while online, capture three responses with the
 * sandbox down, kill and restart the app, bring the sandbox back: each response
 * arrives once, valid against the seed's schema, with what was typed.
 */
test.use({ timezoneId: 'Africa/Nairobi' });

test('captured offline, survives a kill, delivered once when the service is back, exactly as typed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  let sandbox = await startSandboxProcess(['--seed', '12']);
  const { port, dataDir } = ownHostPlace('capture-delivery');
  let host = await startBrowserHost(port, dataDir);
  try {
    const accountId = await startWithSandboxWater(page, host.ready.url, sandbox);

    // The service goes away; work goes on.
    await sandbox.stop();
    const typed = [
      { source: 'Piped', people: '6', name: 'Amina', phone: '+254700000001', runsOut: 'Often' },
      { source: 'Borehole', people: '4', name: 'Joseph', phone: '0712345678', runsOut: 'Sometimes' },
      { source: 'Well', people: '9', name: 'Wanjiru', phone: '+254711000222', runsOut: 'Never' },
    ];
    for (const { name, ...answers } of typed) {
      await answerWater(await newResponse(page), { ...answers, region: '1. North', firstName: name });
      await finishResponse(page);
    }
    // A fourth interview is left half done.
    await answerWater(await newResponse(page), { firstName: 'Half-done' });
    await page.waitForTimeout(800);

    // The app dies (as the Electron main process would, taking everything with it) and starts again.
    await stopProcess(host.child, 'SIGKILL');
    host = await startBrowserHost(port, dataDir);
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
    await editQuestionProAccount(page, accountId, {
      location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
      apiKey: sandbox.info.questionpro.apiKey,
      extraCaPem: sandbox.caCertPem,
    });
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Outbox/ })
      .click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 }).toBe(3);

    const stored = await sandbox.responses(7654322);
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((response) => response.externalReference)).size).toBe(3);
    const { success } = compileSeedSchemas({ customVariablesMayBeStrings: true });
    for (const response of stored) expect(success({ response }), JSON.stringify(success.errors)).toBe(true);

    for (const answers of typed) {
      const response = stored.find((candidate) => answerTexts(candidate, 'Q10_1').includes(answers.name));
      expect(response, answers.name).toBeDefined();
      if (!response) continue;
      expect(answerTexts(response, 'Q2')).toEqual([answers.source]);
      expect(answerTexts(response, 'Q7')).toEqual([answers.people]);
      expect(answerTexts(response, 'Q10_2')).toEqual([answers.phone]);
      expect(answerTexts(response, 'Q8_1')).toEqual([answers.runsOut]);
    }
  } finally {
    await stopProcess(host.child);
    await sandbox.stop();
  }
});
