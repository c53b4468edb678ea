import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { addSampleField, createList } from './support/roster-ui';
import { answerWater, downloadSurveys, enterPractice, finishResponse, newResponse, WATER } from './support/capture-ui';
import { startBrowserHost, stopProcess } from './support/processes';

/**
 * Issue 12's test: a response and a roster import carrying marker strings;
 * with the browser closed, nothing in the whole Chromium profile holds a marker
 * (UTF-8 or UTF-16); after reopening, the UI shows every one of them.
 */
const RESPONSE_MARKER = 'Zqvmarkeresp';
const NOTE_MARKER = 'zqvmarkernote';
const VILLAGE_MARKER = 'Zqvmarkervillage';
const EMAIL_MARKER = 'zqvmarkermail';
const SITE_MARKER = 'ZQVMARKERSITE';
/** QMob usernames stay plain by design: the positive control that the scan does see IndexedDB's files. */
const PLAIN_USERNAME = 'zqvplainuser01';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Every file of the profile holding the text, in UTF-8 or UTF-16 (either byte order), case-insensitively for ASCII. */
function filesHolding(folder: string, text: string): string[] {
  const needles = [
    Buffer.from(text.toLowerCase(), 'utf8'),
    Buffer.from(text.toLowerCase(), 'utf16le'),
    Buffer.from(text.toLowerCase(), 'utf16le').swap16(),
  ];
  return filesUnder(folder).filter((file) => {
    if (statSync(file).size === 0) return false;
    const bytes = Buffer.from(readFileSync(file).toString('latin1').toLowerCase(), 'latin1');
    return needles.some((needle) => bytes.includes(needle));
  });
}

async function openApp(profile: string, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    ...(test.info().project.use.launchOptions ?? {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { context, page };
}

test('respondents’ data is nowhere in the browser profile in plain text, and all of it is back after reopening', async () => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'outpost-profile-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-at-rest-'));
  const port = 6200 + Math.floor(Math.random() * 400);
  const host = await startBrowserHost(port, dataDir);
  let context: BrowserContext | undefined;
  try {
    let page: Page;
    ({ context, page } = await openApp(profile, `${host.ready.url}#/surveys`));
    await enterPractice(page);

    // A response with the marker in a contact answer and in free text (a multi-line answer and a village name).
    await downloadSurveys(page, { only: [WATER] });
    await answerWater(await newResponse(page), {
      source: 'Piped',
      region: '1. North',
      village: VILLAGE_MARKER,
      problems: `The pipe broke; ${NOTE_MARKER}.`,
      people: '4',
      runsOut: 'Never',
      firstName: RESPONSE_MARKER,
      phone: '+254700111222',
    });
    await finishResponse(page);

    // A roster import with markers in the e-mail address and a sample field.
    await page.goto(`${host.ready.url}#roster`);
    await createList(page, 'Marked respondents', '1001', { accountLabel: 'Practice: QMob' });
    await addSampleField(page, 'site_code', 'Text', true);
    const csv = [
      'username,phonenumber,email,site_code',
      `${PLAIN_USERNAME},+254700000001,${EMAIL_MARKER}@example.org,${SITE_MARKER}`,
      `zqvplainuser02,+254700000002,other@example.org,SITE-2`,
    ].join('\r\n');
    await page
      .getByLabel('Import a CSV file into Marked respondents')
      .setInputFiles({ name: 'marked.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('region', { name: 'Map columns' }).getByRole('button', { name: 'Import respondents' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText(/^2 respondents stored/, { timeout: 30_000 });
    await expect(page.getByText(`${EMAIL_MARKER}@example.org`)).toBeVisible();
    await page.evaluate(() => sessionStorage.clear());

    await context.close();
    context = undefined;
    await stopProcess(host.child);

    // The whole profile, browser closed: IndexedDB, caches, session data, autofill, everything.
    expect(filesHolding(profile, PLAIN_USERNAME).length, 'the scan must see IndexedDB’s files').toBeGreaterThan(0);
    for (const marker of [RESPONSE_MARKER, NOTE_MARKER, VILLAGE_MARKER, EMAIL_MARKER, SITE_MARKER])
      expect(filesHolding(profile, marker), `files holding ${marker}`).toEqual([]);

    // Reopened, the app shows all of it again.
    const again = await startBrowserHost(port, dataDir);
    try {
      ({ context, page } = await openApp(profile, `${again.ready.url}#/surveys`));
      await page.getByRole('button', { name: /^Responses \(1\)/ }).click();
      await page.getByRole('searchbox', { name: 'Search' }).fill(RESPONSE_MARKER.slice(0, 9));
      await expect(page.getByTestId('response-count')).toHaveText('1 shown');
      await page.getByTestId('response-row').first().getByRole('button').click();
      await expect(page.getByTestId('detail-payload')).toContainText(RESPONSE_MARKER);
      await expect(page.getByTestId('detail-payload')).toContainText(NOTE_MARKER);
      await expect(page.getByTestId('detail-payload')).toContainText(VILLAGE_MARKER);
      await page.goto(`${again.ready.url}#roster`);
      await page
        .getByRole('navigation', { name: 'Respondent lists' })
        .getByRole('button', { name: 'Marked respondents' })
        .click();
      await expect(page.getByText(`${EMAIL_MARKER}@example.org`)).toBeVisible();
      await expect(page.getByText(SITE_MARKER)).toBeVisible();
    } finally {
      await context?.close();
      context = undefined;
      await stopProcess(again.child);
    }
  } finally {
    await context?.close();
    await stopProcess(host.child).catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
});
