import { expect, test, type Page } from '@playwright/test';
import { generateRespondentCsv } from '../../bench/lib/respondent-csv';
import { readTable } from './support/app-database';
import { addSampleField, createList, usePracticeQmob } from './support/roster-ui';

/** Reads a store of the app's IndexedDB, opened with the data key (rows are sealed at rest). */
const readStore = (page: Page, store: string): Promise<unknown[]> => readTable(page, store);

test('imports 1,000 respondents, reports the 20 broken rows with reasons, and queues the 980 for QMob in batches', async ({
  page,
}) => {
  const generated = generateRespondentCsv(1000, 20);
  await page.goto('/#roster');
  const accountLabel = await usePracticeQmob(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
  await createList(page, 'Field respondents', '1001', { accountLabel });
  await addSampleField(page, 'site_code', 'Text', true);
  await addSampleField(page, 'age', 'Whole number', false);
  await addSampleField(page, 'household_size', 'Whole number', false);

  await page
    .getByLabel('Import a CSV file into Field respondents')
    .setInputFiles({ name: 'respondents.csv', mimeType: 'text/csv', buffer: Buffer.from(generated.text, 'utf8') });
  const mapping = page.getByRole('region', { name: 'Map columns' });
  await expect(mapping.getByLabel('Field for column username')).toHaveValue('username');
  await expect(mapping.getByLabel('Field for column age')).toHaveValue('sample:age');
  await mapping.getByRole('button', { name: 'Import respondents' }).click();

  await expect(page.getByTestId('import-summary')).toHaveText('980 respondents stored (980 new). 20 rows rejected.', {
    timeout: 30_000,
  });
  const problems = page.getByRole('table', { name: 'Problems by row' }).locator('tbody tr');
  await expect(problems).toHaveCount(20);
  const shown = await problems.evaluateAll((rows) =>
    rows.map((row) => [Number(row.querySelector('td')?.textContent), row.getAttribute('data-rule')]),
  );
  expect(shown).toEqual(generated.broken.map((b) => [b.row, b.rule]));
  await expect(problems.filter({ hasText: 'only digits and +' }).first()).toBeVisible();

  // The report downloads as CSV, one line per problem; like every CSV export, it says first that it is not encrypted.
  await page.getByRole('button', { name: 'Download the problems (CSV)' }).click();
  await expect(page.getByRole('group', { name: 'Save an unencrypted file' })).toContainText('not encrypted');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save unencrypted CSV' }).click(),
  ]);
  const reportPath = await download.path();
  const { readFile } = await import('node:fs/promises');
  const raw = await readFile(reportPath);
  // With the byte-order mark every CSV export of Outpost carries, so Excel reads accents right.
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const report = raw.toString('utf8').slice(1).trim().split(/\r?\n/);
  expect(report[0]).toBe('row,column,rule,severity,problem,what to do');
  expect(report).toHaveLength(21);

  // 980 stored, shown in the virtualised table.
  expect((await readStore(page, 'respondents')).length).toBe(980);
  await expect(page.getByRole('table', { name: 'Respondents of Field respondents' })).toHaveAttribute(
    'aria-rowcount',
    '981',
  );
  await expect(page.getByText(generated.validUsernames[0] ?? '-', { exact: true })).toBeVisible();

  // Queue them for the list: add batches of 300 cover exactly the 980.
  await page.getByText(/^Send to QMob/).click();
  await page.getByLabel('Respondents per batch').fill('300');
  await page.getByRole('button', { name: 'Queue 980 respondents for QMob' }).click();
  await expect(page.getByTestId('roster-message')).toHaveText('Queued 980 respondents for QMob in 4 batches.');
  const outbox = (await readStore(page, 'outbox')) as {
    state: string;
    payload: { kind: string; listId: string; overwrite: boolean; respondents: { username: string }[] };
  }[];
  // The delivery engine (Sync) may already be working on them: any live state will do, as long as there are exactly these four.
  expect(outbox.map((item) => [item.payload.kind, item.payload.listId])).toEqual(
    Array.from({ length: 4 }, () => ['qmob.add-respondents', '1001']),
  );
  expect(outbox.filter((item) => item.state === 'replaced' || item.state === 'discarded')).toEqual([]);
  expect(outbox.map((item) => item.payload.respondents.length).sort((a, b) => a - b)).toEqual([80, 300, 300, 300]);
  const queued = outbox.flatMap((item) => item.payload.respondents.map((r) => r.username));
  expect(queued.length).toBe(980);
  expect(new Set(queued)).toEqual(new Set(generated.validUsernames));
  await expect(page.getByRole('button', { name: 'Queue 0 respondents for QMob' })).toBeDisabled();
});

test('a file that is not CSV is refused with a reason, and a cancelled import stores nothing', async ({ page }) => {
  await page.goto('/#roster');
  const accountLabel = await usePracticeQmob(page);
  await createList(page, 'Panel', '1002', { accountLabel });
  const input = page.getByLabel('Import a CSV file into Panel');
  await input.setInputFiles({
    name: 'data.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify([{ username: 'a' }])),
  });
  await expect(page.getByRole('alert')).toContainText('JSON, not a CSV table');

  const big = generateRespondentCsv(200_000);
  const bigFile = { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big.text, 'utf8') };
  await input.setInputFiles(bigFile);
  await page.getByRole('button', { name: 'Import respondents' }).click();
  // A cancel while the file is being checked (nothing written yet).
  await expect(page.getByText('Importing big.csv: Checking')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toContainText('cancelled; nothing was imported');
  expect((await readStore(page, 'respondents')).length).toBe(0);
  expect((await readStore(page, 'memberships')).length).toBe(0);

  // A cancel once storing has begun: the stored chunks are undone, and the list never showed them.
  await input.setInputFiles(bigFile);
  await page.getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByText('Importing big.csv: Storing')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-progress')).toContainText(/rows stored .* rows\/s/, { timeout: 10_000 });
  await expect(page.getByTestId('import-running')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Respondents of Panel' })).toHaveAttribute('aria-rowcount', '1');
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toContainText('cancelled; nothing was imported', { timeout: 60_000 });
  expect((await readStore(page, 'respondents')).length).toBe(0);
  expect((await readStore(page, 'memberships')).length).toBe(0);
  expect((await readStore(page, 'importRuns')).length).toBe(0);
  expect((await readStore(page, 'importJournal')).length).toBe(0);
});

test('copy to a preview list respects its maximum; removal from the only list is held back with a warning; an edit follows into the queued batch', async ({
  page,
}) => {
  const generated = generateRespondentCsv(12);
  await page.goto('/#roster');
  const accountLabel = await usePracticeQmob(page);
  await createList(page, 'Testers', '1003', { accountLabel, preview: true });
  await createList(page, 'Main', '1001', { accountLabel });
  await page
    .getByLabel('Import a CSV file into Main')
    .setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(generated.text, 'utf8') });
  await page.getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('12 respondents stored');
  await page.getByText(/^Send to QMob/).click();
  await page.getByRole('button', { name: 'Queue 12 respondents for QMob' }).click();
  await expect(page.getByTestId('roster-message')).toHaveText('Queued 12 respondents for QMob in 1 batch.');

  // Ten do not fit a preview list of five: refused locally, nothing queued.
  const [first, second, third] = generated.validUsernames;
  for (const username of generated.validUsernames.slice(0, 10)) await page.getByLabel(`Select ${username}`).check();
  await page.getByLabel('Copy to').selectOption({ label: 'Testers (preview)' });
  await page.getByRole('button', { name: 'Copy selected' }).click();
  await expect(page.getByTestId('roster-message')).toContainText('preview list, which holds at most 5 respondents');

  // Two fit: a copy item; then removing those two plus one more from Main holds back the one in no other list.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  for (const username of [first, second]) await page.getByLabel(`Select ${username ?? ''}`).check();
  await page.getByRole('button', { name: 'Copy selected' }).click();
  await expect(page.getByTestId('roster-message')).toHaveText('Copied 2 respondents to Testers.');
  await page.getByLabel(`Select ${third ?? ''}`).check();
  await page.getByRole('button', { name: 'Remove selected from this list' }).click();
  await expect(page.getByRole('alert')).toContainText(`${third ?? ''} is in no other list`);
  await page.getByRole('button', { name: 'Remove the others only' }).click();
  await expect(page.getByTestId('roster-message')).toHaveText(
    'Removed 2 respondents from Main. 1 kept: it is in no other list.',
  );

  // Editing a respondent whose add batch is still queued replaces the batch with a corrected one.
  await page.getByRole('button', { name: `Edit ${third ?? ''}` }).click();
  const form = page.getByRole('form', { name: `Edit ${third ?? ''}` });
  await form.getByLabel('Phone number').fill('07 00');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('may only use digits 0-9 and +');
  await form.getByLabel('Phone number').fill('+254711111111');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('roster-message')).toHaveText(`Saved ${third ?? ''}. 1 outbox item updated to match.`);
  // (Either the replacement or the follow-up: one item either way.)

  const outbox = (await readStore(page, 'outbox')) as {
    id: string;
    state: string;
    replaces: string | null;
    replacedBy: string | null;
    payload: {
      kind: string;
      listId: string;
      usernames?: string[];
      respondents?: { username: string; phonenumber?: string }[];
    };
  }[];
  const byKind = (kind: string) => outbox.filter((item) => item.payload.kind === kind);
  expect(byKind('qmob.copy-respondents').map((item) => item.payload)).toEqual([
    { kind: 'qmob.copy-respondents', listId: '1003', usernames: [first, second] },
  ]);
  expect(byKind('qmob.remove-respondents').map((item) => item.payload)).toEqual([
    { kind: 'qmob.remove-respondents', listId: '1001', usernames: [first, second] },
  ]);
  const adds = byKind('qmob.add-respondents');
  // Normally the queued batch is replaced by a corrected one (linked both ways); if the engine was sending it at that
  // very moment, a single-respondent follow-up add carries the correction instead.
  const replaced = adds.find((item) => item.state === 'replaced');
  const current = adds.find(
    (item) =>
      item.state !== 'replaced' &&
      item.payload.respondents?.some((r) => r.username === third && r.phonenumber === '+254711111111'),
  );
  if (replaced) {
    expect(replaced.replacedBy).toBe(current?.id);
    expect(current?.replaces).toBe(replaced.id);
  }
  expect(current?.payload.respondents?.find((r) => r.username === third)?.phonenumber).toBe('+254711111111');
});

test('hostile files: a 100,000-character field keeps the mapping table on screen, a ragged row is reported by row and counts, a zip named .csv is refused', async ({
  page,
}) => {
  await page.goto('/#roster');
  const accountLabel = await usePracticeQmob(page);
  await createList(page, 'Hostile', '1004', { accountLabel });
  const input = page.getByLabel('Import a CSV file into Hostile');
  const long = 'x'.repeat(100_000);
  const text = `username,phonenumber,site_code,notes\nlong1,+1,K1,${long}\nragged,+2,K2,Lives in Nairobi, Kenya\n`;
  await input.setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  const mapping = page.getByRole('region', { name: 'Map columns' });
  await expect(mapping).toBeVisible();
  const viewport = page.viewportSize()?.width ?? 1280;
  const tableWidth = await mapping
    .locator('table')
    .first()
    .evaluate((table) => table.getBoundingClientRect().width);
  expect(tableWidth).toBeLessThanOrEqual(viewport);
  await mapping.getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('1 respondent stored (1 new). 1 row rejected.');
  await expect(page.getByRole('table', { name: 'Problems by row' }).locator('tbody tr')).toHaveText([
    /^3\(whole row\)The row has 5 cells but the header has 4/,
  ]);
  await page.getByRole('button', { name: 'Close' }).click();

  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(text, 'utf8')]);
  await input.setInputFiles({ name: 'respondents.csv', mimeType: 'text/csv', buffer: zip });
  await expect(page.getByRole('alert')).toContainText('ZIP archive');
});
