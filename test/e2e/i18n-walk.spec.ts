import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createIntl } from '@formatjs/intl';
import { expect, test, type Page } from '@playwright/test';
import { pseudoText } from '../../renderer/src/i18n/pseudo';
import { clipped, englishLeft, seriousViolations, type ClipTarget } from './support/i18n-checks';
import { outboxStates } from './support/outbox-in-page';

/** A message of the source catalogue as the pseudo-locale shows it. */
const p = (english: string): string => `[${pseudoText(english)}]`;

/**
 * Issue 15's walk through the browser host on the Practice workspace: download a survey, capture a
 * response, deliver it, and look at the roster, once in Arabic and once in the pseudo-locale, at 1366×768.
 */

async function startPractice(page: Page): Promise<void> {
  await page.goto('/#/surveys');
  const practice = await page.evaluate(() => window.outpost?.operations['practice.start']({}));
  expect(practice?.ok, JSON.stringify(practice)).toBe(true);
  await page.reload();
}

interface Words {
  getSurveys: string;
  account: string;
  showSurveys: string;
  download: (survey: string) => string;
  downloaded: (survey: string) => RegExp;
  newResponse: string;
  form: (survey: string) => string;
  finish: string;
  drafts: string;
  nav: string;
  outbox: RegExp;
  roster: RegExp;
  syncNow: string;
}

const SURVEY = 'Household Water Access';

/** Download, capture one response, deliver it; the checks run on each screen the walk passes. */
async function walk(page: Page, words: Words, check: (screen: string) => Promise<void>): Promise<void> {
  await startPractice(page);
  const get = page.getByRole('region', { name: words.getSurveys });
  await get.getByRole('combobox', { name: words.account }).selectOption({ label: 'Practice: QuestionPro' });
  await get.getByRole('button', { name: words.showSurveys }).click();
  await get.getByRole('button', { name: words.download(SURVEY) }).click();
  await expect(get.getByText(words.downloaded(SURVEY))).toBeVisible({ timeout: 30_000 });
  await check('Surveys');

  await page.getByRole('listitem', { name: SURVEY }).getByRole('button', { name: words.newResponse }).click();
  const form = page.getByRole('form', { name: words.form(SURVEY) });
  await expect(form).toBeVisible();
  // Finishing at once shows every check's words on the form.
  await form.getByRole('button', { name: words.finish }).click();
  await check('the capture form with its checks');
  await form.getByRole('radio', { name: 'Piped' }).check();
  await form.getByRole('combobox', { name: /Region/ }).selectOption({ index: 1 });
  await form.getByRole('textbox', { name: /How many people/ }).fill('6');
  await form.getByRole('radio', { name: 'Water runs out: Often' }).check();
  await form.getByRole('textbox', { name: 'First Name' }).fill('Amina');
  await form.getByRole('textbox', { name: 'Phone' }).fill('+254700000001');
  await form.getByRole('button', { name: words.finish }).click();
  await expect(page.getByRole('region', { name: words.drafts })).toBeVisible();

  const nav = page.getByRole('navigation', { name: words.nav });
  await nav.getByRole('link', { name: words.outbox }).click();
  await page.getByRole('button', { name: words.syncNow }).click();
  await expect.poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 }).toBe(1);
  await page.getByTestId('outbox-row').first().locator('button').click();
  await check('Outbox');

  await nav.getByRole('link', { name: words.roster }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('Roster');
}

/** Settings → Accounts and Network, and only those: the other panels of the page are other issues' work. */
const SETTINGS_SCOPES = [
  '.app-header',
  'main > h1',
  'section[aria-labelledby="accounts-heading"]',
  '[data-testid="network-settings"]',
];

/**
 * Settings → Accounts in Arabic: the Practice accounts' cards, a passed and a refused connection test
 * (the card's own wording of the catalogue's action), the add form with its checks (the schema's own
 * check, from zod, among them), a new account's card and its removal.
 */
async function walkAccounts(page: Page, check: (screen: string, scopes: readonly string[]) => Promise<void>) {
  const nav = page.getByRole('navigation', { name: 'الأقسام' });
  await nav.getByRole('link', { name: /^الإعدادات/ }).click();
  const accounts = page.getByRole('region', { name: 'الحسابات' });
  await expect(accounts.getByTestId('account-list')).toBeVisible();
  const practice = accounts
    .locator('[data-testid="account-card"][data-kind="questionpro"]')
    .filter({ has: page.getByTestId('practice-badge') });
  await expect(practice.getByTestId('account-location')).toContainText('https://');
  await check('Settings → Accounts', SETTINGS_SCOPES);

  const runTest = async (): Promise<void> => {
    const result = practice.getByTestId('connection-result');
    const before = Number(await result.getAttribute('data-completed-runs'));
    await practice.getByRole('button', { name: /^اختبار الاتصال/ }).click();
    await expect(result).toHaveAttribute('data-completed-runs', String(before + 1), { timeout: 30_000 });
  };
  await runTest();
  await expect(practice.getByTestId('connection-result')).toHaveAttribute('data-phase', 'passed');
  await check('a passed connection test', SETTINGS_SCOPES);

  // A refused key: the catalogue's action is worded for the card it is on, in Arabic.
  await practice.getByRole('button', { name: /^تعديل/ }).click();
  await practice.getByLabel('مفتاح API', { exact: true }).fill('WRONG-KEY-ar');
  await practice.getByRole('button', { name: 'حفظ التغييرات' }).click();
  await expect(practice.getByRole('button', { name: 'حفظ التغييرات' })).toHaveCount(0);
  await runTest();
  const failed = practice.getByTestId('connection-result');
  await expect(failed).toHaveAttribute('data-phase', 'failed');
  await expect(failed).toContainText('تحقق من مفتاح API لهذا الحساب');
  await expect(practice.getByTestId('account-secret')).toContainText('لكن الخادم رفضه');
  await check('a refused key on its card', SETTINGS_SCOPES);
  await accounts.getByRole('button', { name: 'بدء مساحة التدريب' }).click();
  await expect(accounts.getByTestId('practice-result')).toContainText('Practice: QuestionPro', { timeout: 30_000 });

  // Adding an account: every check in Arabic, the schema's own (zod) among them.
  await accounts.getByRole('button', { name: 'إضافة حساب QuestionPro' }).click();
  const form = accounts.getByRole('form', { name: 'إضافة حساب QuestionPro' });
  await form.getByLabel('مركز البيانات').selectOption({ label: 'عنوان مخصّص' });
  await form.getByLabel('عنوان الخادم').fill('https://user@example.org');
  await form.getByLabel('معرّف المستخدم').fill('12a');
  await form.getByRole('button', { name: 'إضافة الحساب' }).click();
  await expect(form.getByText('أدخل اسمًا لهذا الحساب.')).toBeVisible();
  await expect(form.getByText('معرّف المستخدم رقم')).toBeVisible();
  await expect(form.getByText('يجب أن يكون عنوان https://', { exact: false })).toBeVisible();
  await check('adding an account, with its checks', SETTINGS_SCOPES);

  await form.getByLabel('اسم الحساب').fill('Kisumu');
  await form.getByLabel('مركز البيانات').selectOption({ label: 'أوروبا (api.questionpro.eu)' });
  await form.getByLabel('معرّف المستخدم').fill('4711');
  await form.getByLabel('مفتاح API', { exact: true }).fill('a-key-for-the-walk');
  await form.getByRole('button', { name: 'إضافة الحساب' }).click();
  const added = accounts.getByTestId('account-card').filter({ hasText: 'Kisumu' });
  await expect(added.getByTestId('account-location')).toHaveText('أوروبا (api.questionpro.eu)');
  await expect(accounts.getByTestId('accounts-notice')).toContainText('أُضيف حساب QuestionPro');
  await check('a new account', SETTINGS_SCOPES);

  await added.getByRole('button', { name: /^إزالة/ }).click();
  await expect(added.getByRole('group', { name: 'إزالة Kisumu؟' })).toBeVisible();
  await check('removing an account', SETTINGS_SCOPES);
  await added.getByRole('button', { name: 'نعم، أزِله' }).click();
  await expect(accounts.getByTestId('account-card').filter({ hasText: 'Kisumu' })).toHaveCount(0);
  await expect(accounts.getByTestId('accounts-notice')).toContainText('أُزيل');
}

/** The Arabic catalogue's words for a message id, formatted as the app formats them (Egyptian Arabic digits). */
const arabicCatalogue = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../renderer/src/i18n/catalogues/ar.json'), 'utf8'),
) as Record<string, string>;
const arabicIntl = createIntl({ locale: 'ar-EG', messages: arabicCatalogue });
const ar = (id: string, values?: Record<string, string | number>): string => arabicIntl.formatMessage({ id }, values);

/**
 * The response data tools in Arabic: the CSV names Outpost's own columns in Arabic (the questions keep
 * the survey's text, the file its BOM), a file that is no backup is refused in Arabic, and a backup
 * restored says what it restored (roster lists and respondents too) in Arabic words and digits.
 */
async function walkDataTools(page: Page, check: (screen: string, scopes: readonly string[]) => Promise<void>) {
  const nav = page.getByRole('navigation', { name: ar('nav.label') });
  await nav.getByRole('link', { name: new RegExp(`^${ar('nav.surveys')}`) }).click();
  await page.getByRole('button', { name: ar('capture.home.responses', { count: 1 }) }).click();
  await page.getByRole('combobox', { name: ar('capture.responses.survey') }).selectOption({ label: SURVEY });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: ar('capture.data.exportCsv') }).click();
  await page.getByRole('button', { name: ar('files.plainFile.save', { kind: 'CSV' }) }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const header = csv.split('\r\n')[0] ?? '';
  expect(header.startsWith('\ufeff')).toBe(true);
  expect(header.slice(1).split(',').slice(0, 4)).toEqual([
    ar('capture.csv.responseId'),
    ar('capture.csv.finalizedAt'),
    ar('capture.csv.state'),
    ar('capture.csv.enumerator'),
  ]);
  // The questions' columns keep the survey's own text.
  expect(header).toContain('Phone');

  const restore = page.getByLabel(ar('capture.data.restore'));
  await restore.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"notes": "hello"}'),
  });
  await expect(page.locator('.data-tools').getByRole('alert')).toHaveText(ar('capture.restore.refusal.notBackup'));
  await check('a file that is no backup', ['.data-tools']);
  await restore.setInputFiles(resolve(import.meta.dirname, '../fixtures/backups/v1-with-search-words.json'));
  const restored = page.locator('.data-tools .hint');
  await expect(restored).not.toBeEmpty();
  // The fixture holds one row of each kind; its settings row is the one this laptop has already, or not.
  const once = { surveys: 1, drafts: 1, responses: 1, outbox: 1, rosterLists: 1, respondents: 1, memberships: 1 };
  expect([
    ar('capture.restore.restored', { ...once, settings: 0 }),
    ar('capture.restore.restored', { ...once, settings: 1 }),
  ]).toContain(await restored.textContent());
  await expect(restored).toContainText('قائمة مستجيبين واحدة');
  await expect(restored).not.toHaveText(/[A-Za-z0-9]/);
  await check('a restored backup', ['.data-tools']);
}

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG', viewport: { width: 1366, height: 768 } });

  test('the whole walk is right to left, in Arabic but for survey content and server words, and axe finds nothing serious', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    const screenCheck = async (screen: string, scopes: readonly string[] = []): Promise<void> => {
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const layout = await page.evaluate(
        () => getComputedStyle(document.querySelector('.app-header') ?? document.body).direction,
      );
      if (layout !== 'rtl') problems.push(`${screen}: the layout is ${layout}`);
      const names = await page.evaluate(() =>
        [...document.querySelectorAll('[translate="no"], bdi')].map((element) => element.textContent ?? ''),
      );
      for (const left of await englishLeft(page, names, scopes)) problems.push(`${screen}: English left: ${left}`);
      for (const violation of await seriousViolations(page, scopes)) problems.push(`${screen}: axe ${violation}`);
    };
    await walk(
      page,
      {
        getSurveys: 'الحصول على استبيانات',
        account: 'الحساب',
        showSurveys: 'عرض الاستبيانات',
        download: (survey) => `تنزيل ${survey}`,
        downloaded: (survey) => new RegExp(`تم تنزيل «${survey}»`),
        newResponse: 'إجابة جديدة',
        form: (survey) => `إجابة على ${survey}`,
        finish: 'إنهاء الإجابة',
        drafts: 'المسودات',
        nav: 'الأقسام',
        outbox: /^الإرسال/,
        roster: /^المستجيبون/,
        syncNow: 'زامن الآن',
      },
      screenCheck,
    );
    // Arabic-Indic digits, as an Egyptian Arabic system writes them (CLDR's ar-EG); Arabic chosen in Settings on a
    // computer in another language writes them too (i18n.spec.ts), since Arabic-locale users read numbers so.
    await expect(page.getByTestId('queue-counts')).toContainText('٠');
    await walkAccounts(page, screenCheck);
    await walkDataTools(page, screenCheck);
    expect(problems).toEqual([]);
  });
});

test.describe('in the pseudo-locale', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a third longer, nothing is clipped in the capture form, the outbox and the roster, and no text escapes the catalogue', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.addInitScript(() => localStorage.setItem('outpost.locale', 'en-XA'));
    const problems: string[] = [];
    await walk(
      page,
      {
        getSurveys: p('Get surveys'),
        account: p('Account'),
        showSurveys: p('Show surveys'),
        download: (survey) => `[${pseudoText('Download ')}${survey}]`,
        downloaded: (survey) => new RegExp(`${pseudoText('Downloaded “')}${survey}”`),
        newResponse: p('New response'),
        form: (survey) => `[${pseudoText('Response to ')}${survey}]`,
        finish: p('Finish response'),
        drafts: p('Drafts'),
        nav: p('Sections'),
        outbox: new RegExp(`^\\[${pseudoText('Outbox')}\\]`),
        roster: new RegExp(`^\\[${pseudoText('Roster')}\\]`),
        syncNow: p('Sync now'),
      },
      async (screen) => {
        // The outbox's virtualised rows are measured as drawn, so their words wrap instead of being cut: the
        // delivered response's row is on screen now, and its badge, title, age and line under it are measured.
        const outboxRow = '[data-testid="outbox-row"]';
        const targets: Record<string, ClipTarget[]> = {
          Surveys: [{ root: 'main' }],
          'the capture form with its checks': [{ root: '.capture-form' }],
          Outbox: [
            { root: '.sync-controls' },
            { root: '.outbox-toolbar' },
            {
              root: '.outbox-list',
              mustRead: [
                `${outboxRow} .state-badge`,
                `${outboxRow} .outbox-row-title`,
                `${outboxRow} .outbox-row-age`,
                `${outboxRow} .outbox-row-sub`,
              ],
            },
            { root: '.outbox-detail' },
          ],
          Roster: [{ root: 'main' }],
        };
        for (const target of targets[screen] ?? [{ root: 'main' }])
          for (const cut of await page.evaluate(clipped, target)) problems.push(`${screen}: clipped ${cut}`);
        if (screen === 'Outbox') {
          // The check reads these very rows: squeezed until their words cannot fit, it reports them.
          // (Through the CSSOM: the page's Content-Security-Policy refuses a <style> tag.)
          const squeeze = (on: boolean): Promise<void> =>
            page.evaluate((squeezing) => {
              for (const row of document.querySelectorAll<HTMLElement>('.outbox-row-select')) {
                row.style.whiteSpace = squeezing ? 'nowrap' : '';
                row.style.overflow = squeezing ? 'hidden' : '';
                row.style.maxInlineSize = squeezing ? '6rem' : '';
              }
            }, on);
          await squeeze(true);
          const squeezed = await page.evaluate(clipped, { root: '.outbox-list' });
          await squeeze(false);
          if (!squeezed.some((cut) => cut.includes(SURVEY)))
            problems.push(`Outbox: a squeezed row was not reported clipped (${squeezed.join('; ')})`);
        }
        const names = await page.evaluate(() =>
          [...document.querySelectorAll('[translate="no"], bdi')].map((element) => element.textContent ?? ''),
        );
        const plain = (await englishLeft(page, names)).filter((left) => !/[\u00c0-\u024f]/.test(left));
        for (const left of plain) problems.push(`${screen}: not from the catalogue: ${left}`);
      },
    );
    expect(problems).toEqual([]);
  });
});
