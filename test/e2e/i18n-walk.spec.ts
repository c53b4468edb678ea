import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pseudoText } from '../../renderer/src/i18n/pseudo';
import { outboxStates } from './support/outbox-in-page';

/** A message of the source catalogue as the pseudo-locale shows it. */
const p = (english: string): string => `[${pseudoText(english)}]`;

/**
 * Issue 15's walk through the browser host on the Practice workspace: download a survey, capture a
 * response, deliver it, and look at the roster, once in Arabic and once in the pseudo-locale, at 1366×768.
 */

/** Latin words allowed on an Arabic screen: names of products and services, and the format names people see. */
const NAMES = new Set(['Outpost', 'QuestionPro', 'QMob', 'CSV', 'JSON', 'Alt', 'HTTP', 'UTC', 'MB']);
/** The technical words the field names carry (no_password, group_id), shown as they are typed into QMob. */
const TECHNICAL = /^(?:no_password|overwrite|group_id)$/;

/**
 * Every visible piece of text that is Outpost's own: survey content, names, server words and data are
 * marked translate="no" (or sit in <bdi>) and are left out; so are the labels of form controls that
 * name survey content. Returns each text node and user-visible attribute with the words found.
 */
function ownTexts(): { text: string; where: string }[] {
  // <time>: a date is written by Intl in the locale's own words, not by the catalogue.
  const exempt = (element: Element | null): boolean =>
    element?.closest('[translate="no"], bdi, time, script, style') != null;
  const visible = (element: Element): boolean => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
  };
  const found: { text: string; where: string }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (!parent || text === '' || exempt(parent) || !visible(parent) || parent.closest('.visually-hidden, option'))
      continue;
    found.push({ text, where: parent.tagName.toLowerCase() + (parent.className ? `.${parent.className}` : '') });
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (exempt(element)) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) found.push({ text: value, where: `${element.tagName.toLowerCase()}[${name}]` });
    }
  }
  return found;
}

async function englishLeft(page: Page, names: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(ownTexts);
  const allowed = new Set([...NAMES, ...names.flatMap((name) => name.split(/[^A-Za-z]+/))]);
  return texts
    .filter(({ text }) =>
      (text.match(/[A-Za-z]{2,}(?:_[A-Za-z]+)*/g) ?? []).some((word) => !allowed.has(word) && !TECHNICAL.test(word)),
    )
    .map(({ text, where }) => `${where}: ${text}`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const scan = await new AxeBuilder({ page }).analyze();
  return scan.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

/** Elements whose text is cut: wider content than box, for every element a person reads a label or words from. */
function clipped(root: string): string[] {
  const scope = document.querySelector(root);
  if (!scope) return [`${root} is not on screen`];
  const selector =
    'button, label, h1, h2, h3, h4, legend, th, td, summary, dt, dd, p, a, option, .state-badge, [role="columnheader"], [role="cell"]';
  return [...scope.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
    .filter(
      (element) => getComputedStyle(element).overflowX !== 'auto' && getComputedStyle(element).overflowX !== 'scroll',
    )
    .map(
      (element) =>
        `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 60)}” ${element.scrollWidth}>${element.clientWidth}`,
    );
}

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

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG', viewport: { width: 1366, height: 768 } });

  test('the whole walk is right to left, in Arabic but for survey content and server words, and axe finds nothing serious', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
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
      async (screen) => {
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        const layout = await page.evaluate(
          () => getComputedStyle(document.querySelector('.app-header') ?? document.body).direction,
        );
        if (layout !== 'rtl') problems.push(`${screen}: the layout is ${layout}`);
        const names = await page.evaluate(() =>
          [...document.querySelectorAll('[translate="no"], bdi')].map((element) => element.textContent ?? ''),
        );
        for (const left of await englishLeft(page, names)) problems.push(`${screen}: English left: ${left}`);
        for (const violation of await seriousViolations(page)) problems.push(`${screen}: axe ${violation}`);
      },
    );
    expect(problems).toEqual([]);
    // Numbers as an Egyptian Arabic system writes them.
    await expect(page.getByTestId('queue-counts')).toContainText('٠');
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
        // The outbox's virtualised rows keep one fixed line each (tens of thousands scroll smoothly) and cut long
        // words with an ellipsis; the item's full words are in its detail pane, which is checked.
        const roots: Record<string, string[]> = {
          Surveys: ['main'],
          'the capture form with its checks': ['.capture-form'],
          Outbox: ['.sync-controls', '.outbox-toolbar', '.outbox-detail'],
          Roster: ['main'],
        };
        for (const root of roots[screen] ?? ['main'])
          for (const cut of await page.evaluate(clipped, root)) problems.push(`${screen}: clipped ${cut}`);
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
