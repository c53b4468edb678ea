import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import type { QmobAccount } from '../../common/accounts/index';
import type { Result } from '../../common/result';
import { addSandboxQmobAccount, addSandboxQuestionProAccount } from './support/accounts-in-page';
import { outboxStates, putOutboxItems, queuedNow, queuedQmobAdd } from './support/outbox-in-page';
import { startBrowserHost, startSandboxProcess, stopProcess } from './support/processes';

/**
 * The app holds secrets (API key, QMob passwords, a proxy sign-in) and
 * respondents' data (names, phones, e-mails, answers), has delivered some of
 * it and had some refused (a server message that quotes a respondent); the
 * diagnostics zip it saves holds none of it, yet is useful.
 */
const RESPONDENT_MARKERS = [
  'marker.respondent.amina',
  '+255711987654',
  'marker.wanjiru@example.org',
  'MARKER-SITE-K7Q',
  'marker.respondent.juma',
  '0700 MARKER',
  'RESPONDENT-ANSWER-MARKER-9931',
];
const OTHER_SECRETS = ['Wrong-Qmob-Pass-MARKER-8841', 'PROXY-PASS-MARKER-5521', 'USER-MARKER-jdoe'];
const LABEL_MARKER = 'ACCOUNT-LABEL-MARKER';

test('Save diagnostics writes one zip with logs, versions, settings and outbox counts, and no secret or respondent data', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sandbox = await startSandboxProcess(['--seed', '41']);
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-diagnostics-'));
  const host = await startBrowserHost(0, dataDir);
  try {
    await page.goto(`${host.ready.url}#/settings`);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const questionPro = await addSandboxQuestionProAccount(page, sandbox, `QuestionPro ${LABEL_MARKER}`);
    const qmob = await addSandboxQmobAccount(page, sandbox, `QMob ${LABEL_MARKER}`);
    const refused = (await page.evaluate((draft) => window.outpost?.operations['accounts.addQmob'](draft), {
      label: 'QMob with a wrong password',
      location: { customBaseUrl: sandbox.info.qmob.baseUrl },
      project: 'OutpostPractice',
      userName: sandbox.info.qmob.userName,
      practice: false,
      extraCaPem: sandbox.caCertPem,
      password: OTHER_SECRETS[0] ?? '',
    })) as Result<QmobAccount>;
    expect(refused.ok).toBe(true);
    const signedIn = (await page.evaluate((input) => window.outpost?.operations['network.signIn'](input), {
      proxy: 'proxy.corp.example:3128',
      username: OTHER_SECRETS[2] ?? '',
      password: OTHER_SECRETS[1] ?? '',
    })) as Result<unknown>;
    expect(signedIn.ok).toBe(true);

    const respondents = (listAccount: string) =>
      queuedQmobAdd(listAccount, 'Roster batch', [
        {
          username: 'marker.respondent.amina',
          phonenumber: '+255711987654',
          sample_fields: [{ alias: 'site_code', value: 'MARKER-SITE-K7Q' }],
        },
        {
          username: 'marker.respondent.juma',
          phonenumber: '0700 MARKER',
          sample_fields: [{ alias: 'site_code', value: 'MARKER-SITE-K7Q' }],
        },
        {
          username: 'marker.respondent.neema',
          email: 'marker.wanjiru@example.org',
          sample_fields: [{ alias: 'site_code', value: 'MARKER-SITE-K7Q' }],
        },
      ]);
    const response = queuedNow({
      accountId: questionPro,
      label: 'Test Survey',
      payload: {
        kind: 'questionpro.create-response',
        surveyId: 7654321,
        responseId: 'diagnostics-1',
        body: {
          responseStatus: 'Completed',
          customVariables: { custom1: 'RESPONDENT-ANSWER-MARKER-9931' },
          responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
        },
      },
    });
    await putOutboxItems(page, [response, respondents(qmob), respondents(refused.ok ? refused.value.id : '')]);
    await page.reload();
    // Everything has been tried: the response delivered, the roster batch refused by QMob (a phone number it
    // rejects, quoted with its respondent), the batch for the wrong password held while that account is paused.
    await expect
      .poll(
        async () => {
          const states = await outboxStates(page);
          return [states['delivered'] ?? 0, states['needs-attention'] ?? 0];
        },
        { timeout: 60_000 },
      )
      .toEqual([1, 1]);

    // A careless line, as a future change might log one: a server's words quoting a respondent, a key in a field,
    // and a line not in Outpost's format at all. The bundle must still hold none of it.
    appendFileSync(
      join(dataDir, 'logs', 'outpost.log'),
      `${JSON.stringify({
        time: new Date().toISOString(),
        level: 'warn',
        message: 'request failed',
        fields: {
          status: 400,
          serverMessage: 'Respondent marker.respondent.juma: phone 0700 MARKER is not valid',
          apiKey: sandbox.info.questionpro.apiKey,
        },
      })}\nplain text with ${OTHER_SECRETS[1] ?? ''} and marker.wanjiru@example.org\n`,
    );

    const panel = page.getByRole('region', { name: 'Diagnostics' });
    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Save diagnostics' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^outpost-diagnostics-.*\.zip$/);
    await expect(panel.getByRole('status')).toContainText('Saved outpost-diagnostics-');
    const zipPath = join(dataDir, 'saved-diagnostics.zip');
    await download.saveAs(zipPath);

    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const names = Object.keys(entries).sort();
    expect(names).toEqual(['README.txt', 'logs/outpost.log', 'outbox.json', 'settings.json', 'versions.json']);
    const texts = Object.fromEntries(names.map((name) => [name, strFromU8(entries[name] ?? new Uint8Array())]));

    // Useful: the counts, the versions, the settings, and the log of what happened.
    const outbox = JSON.parse(texts['outbox.json'] ?? '{}') as { countsByState: Record<string, number> };
    expect(Object.values(outbox.countsByState).reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(JSON.parse(texts['versions.json'] ?? '{}')).toMatchObject({ Outpost: '0.1.0', os: { platform: 'linux' } });
    const settings = JSON.parse(texts['settings.json'] ?? '{}') as { accounts: unknown[]; network: unknown };
    expect(settings.accounts).toHaveLength(3);
    expect(settings.network).toMatchObject({ proxy: { mode: 'system' }, proxiesSignedIn: 1 });
    expect(texts['logs/outpost.log']).toContain('account added');
    expect(texts['logs/outpost.log']).toContain('"status":400');

    // Safe: no secret, no respondent, no account name, anywhere in the zip.
    const secrets = [sandbox.info.questionpro.apiKey, sandbox.info.qmob.password, ...OTHER_SECRETS];
    const everything = Object.values(texts).join('\n');
    for (const marker of [...secrets, ...RESPONDENT_MARKERS, LABEL_MARKER]) {
      expect(everything, `the zip contains ${marker}`).not.toContain(marker);
    }
    // The zip is compressed: check the raw bytes too, in case a marker survived in an uncompressed entry.
    const raw = readFileSync(zipPath).toString('latin1');
    for (const marker of [...secrets, ...RESPONDENT_MARKERS]) expect(raw).not.toContain(marker);
  } finally {
    await stopProcess(host.child);
    await sandbox.stop();
  }
});

test('About shows the version and the licence notices; Updates says why it is off here', async ({ page }) => {
  await page.goto('/#/settings');
  const about = page.getByRole('region', { name: 'About Outpost' });
  await expect(about.getByTestId('app-version')).toHaveText('0.1.0');
  await about.getByText('Third-party licences').click();
  const notices = about.getByTestId('licence-notices');
  await expect(notices).toContainText('Outpost 0.1.0: third-party notices');
  await expect(notices).toContainText('zod');
  await expect(page.getByTestId('updates-off')).toHaveText('Updates apply to the installed app only.');
});
