import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { expect, test, type Page } from '@playwright/test';
import { pseudoCatalogue } from '../../renderer/src/i18n/pseudo';
import { clipped, englishLeft, seriousViolations, type ClipTarget } from './support/i18n-checks';
import { usePracticeQmob } from './support/roster-ui';

/**
 * Issue 15's roster import walk: choose a file, map its columns, read the report, look at the list it
 * filled (the respondent table), once in Arabic
 * (right to left, no English but names and the file's own content, axe finds nothing serious) and
 * once in the pseudo-locale at 1366×768 (nothing clipped in the mapping step, the report and the table).
 */
const folder = resolve(import.meta.dirname, '../../renderer/src/i18n/catalogues');
const read = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>;

/** The words the app shows for a message id, formatted as the app formats them. */
type Words = (id: string, values?: Record<string, string | number>) => string;
function wordsOf(intl: IntlShape): Words {
  return (id, values) => intl.formatMessage({ id }, values);
}
const cache = createIntlCache();
const arabic = wordsOf(createIntl({ locale: 'ar-EG', messages: read('ar') }, cache));
const pseudo = wordsOf(createIntl({ locale: 'en-XA', messages: pseudoCatalogue(read('en')) }, cache));

const LIST = 'Nairobi round 2';
/** A spreadsheet as a field team sends it: good rows, and rows that break QMob's rules in every way the report shows. */
const FILE = [
  'username,phonenumber,email,site_code,age,notes',
  'amina.k,+254700000001,,S1,34,first visit',
  'bad name,+254700000002,,S2,29,',
  'kofi,,kofi@example,S3,old,',
  'wanjiru,+254700000004,,,41,',
  'amina.k,+254700000005,,S5,30,again',
  'short,+254700000006',
].join('\r\n');
/** The file's own words (names, headers, values): shown as they are, in whatever script. */
const FILE_WORDS = FILE.split(/[^A-Za-z_.@+-]+|[,\r\n]+/).filter((word) => word.length > 0);

/** With `check`, a list id QMob cannot have is tried first: the schema's check is said in the language, never zod's English. */
async function createList(
  page: Page,
  t: Words,
  accountLabel: string,
  check?: (screen: string) => Promise<void>,
): Promise<void> {
  const lists = page.getByRole('navigation', { name: t('roster.lists.label') });
  const details = lists.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const form = page.getByRole('form', { name: t('roster.newList.label') });
  await form.getByLabel(t('roster.newList.name')).fill(LIST);
  if (check) {
    await form.getByLabel(t('roster.newList.groupId')).fill('10 01');
    await form.getByRole('button', { name: t('roster.newList.create') }).click();
    await expect(form.getByRole('alert')).toHaveText(
      t('roster.newList.problem', { field: t('roster.newList.groupId'), problem: t('roster.check.groupId') }),
    );
    await check('a list id refused');
  }
  await form.getByLabel(t('roster.newList.groupId')).fill('1001');
  const account = form.getByLabel(t('roster.newList.account'));
  const option = account.locator('option', { hasText: accountLabel }).first();
  await account.selectOption({ value: (await option.getAttribute('value')) ?? '' });
  await form.getByRole('button', { name: t('roster.newList.create') }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(LIST) })).toBeVisible();
}

/**
 * Starts Practice, makes a list, chooses the file, maps it (checked), imports it and waits for the
 * report (checked). Returns the Practice QMob account's label.
 */
async function importWalk(
  page: Page,
  t: Words,
  check: (screen: string) => Promise<void>,
  options: { refuseListIdFirst?: boolean } = {},
): Promise<string> {
  await page.goto('/#/roster');
  const accountLabel = await usePracticeQmob(page);
  await createList(page, t, accountLabel, options.refuseListIdFirst ? check : undefined);
  await page.getByLabel(t('roster.import.choose', { list: LIST })).setInputFiles({
    name: 'respondents.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(FILE, 'utf8'),
  });
  const mapping = page.getByRole('region', { name: t('roster.mapping.label') });
  await expect(mapping.getByRole('button', { name: t('roster.mapping.import') })).toBeEnabled({ timeout: 30_000 });
  await check('the mapping step');
  await mapping.getByRole('button', { name: t('roster.mapping.import') }).click();
  const report = page.getByRole('region', { name: t('roster.report.label') });
  await expect(report.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await expect(report.getByRole('table', { name: t('roster.report.problems') }).locator('tbody tr')).not.toHaveCount(0);
  await check('the import report');
  // The list the import filled: headers, the stored respondents and their QMob state in the table.
  await report.getByRole('button', { name: t('roster.report.close') }).click();
  const table = page.getByRole('table', { name: t('roster.table.label', { list: LIST }) });
  await expect(table.getByRole('button', { name: t('roster.table.editLabel', { name: 'amina.k' }) })).toBeVisible();
  await expect(table.getByText(t('roster.member.notQueued')).first()).toBeVisible();
  await check('the respondent table');
  return accountLabel;
}

/**
 * The list's respondents queued for QMob, then read in the Outbox: each item is titled by the list's
 * name alone (a name, as a response's is its survey's) and says what it does in Arabic, with the
 * language's plural and digits; never the English sentence roster items once stored as their label.
 */
async function queueAndReadOutbox(
  page: Page,
  accountLabel: string,
  check: (screen: string) => Promise<void>,
): Promise<void> {
  await page.getByText(new RegExp(`^${arabic('roster.send.summary', { count: 0 }).split('(')[0] ?? ''}`)).click();
  await page.getByRole('button', { name: /^وضع .+ QMob$/ }).click();
  await expect(page.getByTestId('roster-message')).toContainText('QMob');
  await check('the list queued for QMob');
  const nav = page.getByRole('navigation', { name: arabic('nav.label') });
  await nav.getByRole('link', { name: new RegExp(`^${arabic('nav.outbox')}`) }).click();
  const row = page.getByTestId('outbox-row').filter({ hasText: `«${LIST}»` });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.outbox-row-title')).toHaveText(LIST);
  await expect(row.locator('.outbox-row-sub')).toContainText(
    new RegExp(`^QMob · [^·]+ · [\u0600-\u06ff ]+ إلى «${LIST}»$`),
  );
  // The account's label is a name, marked so in the row itself, not only once the detail names it too.
  await expect(row.locator('.outbox-row-sub bdi[translate="no"]').first()).toHaveText(accountLabel);
  await check('the Outbox before an item is open');
  await row.locator('button').click();
  await expect(page.locator('#outbox-detail-heading > [translate="no"]')).toHaveText(LIST);
  await check('the Outbox with the list’s item');
}

/**
 * amina.k edited once the batch left for QMob: the follow-up item in the Outbox says, in Arabic, that
 * it updates amina.k, the username (and the list) marked as names (translate="no"), never translated.
 */
async function editAndReadFollowUp(
  page: Page,
  accountLabel: string,
  check: (screen: string) => Promise<void>,
): Promise<void> {
  const batch = page.getByTestId('outbox-row').filter({ hasText: `«${LIST}»` });
  await expect(batch).toHaveAttribute('data-state', 'import-started', { timeout: 30_000 });
  const nav = page.getByRole('navigation', { name: arabic('nav.label') });
  await nav.getByRole('link', { name: new RegExp(`^${arabic('nav.roster')}`) }).click();
  const editLabel = arabic('roster.table.editLabel', { name: 'amina.k' });
  await page
    .getByRole('table', { name: arabic('roster.table.label', { list: LIST }) })
    .getByRole('button', { name: editLabel })
    .click();
  const form = page.getByRole('form', { name: editLabel });
  await form.getByLabel(arabic('roster.column.phonenumber')).fill('+254700000009');
  await expect(form.getByRole('button', { name: arabic('common.save') })).toBeEnabled();
  // Enter pressed twice before the button shows it is saving: one edit, so one follow-up for QMob, not two.
  await form.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  await expect(page.getByTestId('roster-message')).toHaveText(
    arabic('roster.edit.saved', { name: 'amina.k', followed: 1 }),
  );
  await nav.getByRole('link', { name: new RegExp(`^${arabic('nav.outbox')}`) }).click();
  const followUp = page
    .getByTestId('outbox-row')
    .filter({ hasText: arabic('outbox.item.update', { username: 'amina.k', known: 'yes', list: LIST }) });
  await expect(followUp).toHaveCount(1);
  await expect(followUp.locator('.outbox-row-title')).toHaveText(LIST);
  await expect(followUp.locator('.outbox-row-sub bdi[translate="no"]')).toHaveText([accountLabel, 'amina.k', LIST]);
  await followUp.locator('button').click();
  await expect(page.getByTestId('outbox-detail').locator('dd bdi[translate="no"]')).toHaveText([
    accountLabel,
    'amina.k',
    LIST,
  ]);
  await check('the Outbox with an edit’s follow-up');
}

const namesOnScreen = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[translate="no"], bdi')].map((element) => element.textContent ?? ''),
  );

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG', viewport: { width: 1366, height: 768 } });

  test('the roster import (file, mapping, report, the filled table) is right to left, in Arabic but for names and the file’s content, and axe finds nothing serious', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    const check = async (screen: string): Promise<void> => {
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const names = [...(await namesOnScreen(page)), ...FILE_WORDS];
      for (const left of await englishLeft(page, names)) problems.push(`${screen}: English left: ${left}`);
      for (const violation of await seriousViolations(page)) problems.push(`${screen}: axe ${violation}`);
      if (screen !== 'the import report') return;
      // The summary counts in the locale's digits; the problems are the worker's, in Arabic.
      const report = page.getByRole('region', { name: arabic('roster.report.label') });
      await expect(report.getByTestId('import-summary')).toContainText(/[٠-٩]/);
      await expect(report).toContainText(arabic('roster.rule.sampleFieldRequired', { alias: 'site_code' }));
      await expect(report).toContainText(arabic('roster.rule.wholeRow'));
    };
    const accountLabel = await importWalk(page, arabic, check, { refuseListIdFirst: true });
    await queueAndReadOutbox(page, accountLabel, check);
    await editAndReadFollowUp(page, accountLabel, check);
    expect(problems).toEqual([]);
  });
});

test.describe('in the pseudo-locale', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('at 1366×768 nothing is clipped in the import’s mapping step and report and in the respondent table, and no text escapes the catalogue', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => localStorage.setItem('outpost.locale', 'en-XA'));
    const problems: string[] = [];
    await importWalk(page, pseudo, async (screen) => {
      const targets: Record<string, ClipTarget> = {
        'the mapping step': { root: '.roster-panel:has(.mapping-table)', mustRead: ['.mapping-table td'] },
        'the import report': { root: '.roster-panel:has([data-testid="import-summary"])', mustRead: ['td'] },
        // Every header and every drawn row's cells: the QMob state and Edit are the interface's words.
        'the respondent table': {
          root: '.respondent-table',
          mustRead: ['[role="columnheader"]', '.member-state', '[role="cell"] button'],
        },
      };
      const target = targets[screen];
      if (!target) throw new Error(`no clipping check for ${screen}`);
      for (const cut of await page.evaluate(clipped, target)) problems.push(`${screen}: clipped ${cut}`);
      const names = [...(await namesOnScreen(page)), ...FILE_WORDS];
      const plain = (await englishLeft(page, names)).filter((left) => !/[\u00c0-\u024f]/.test(left));
      for (const left of plain) problems.push(`${screen}: not from the catalogue: ${left}`);
    });
    expect(problems).toEqual([]);
  });
});
