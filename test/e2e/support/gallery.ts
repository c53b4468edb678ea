import { expect, type Page } from '@playwright/test';
import {
  answerWater,
  downloadSurveys,
  finishResponse,
  newResponse,
  responseForm,
  startPractice,
  WATER,
} from './capture-ui';

/**
 * Every screen and dialog of Outpost on the Practice workspace, with data in it: one list shared by
 * `npm run screens` (a PNG of each) and the end-to-end checks that scan each one (axe, no raw ids).
 */

export interface GalleryScreen {
  /** File name of its picture, and how failures name it. */
  name: string;
  /** A main screen shows data the user reads; raw ids must not appear on it. */
  main: boolean;
  /** Brings the page to this screen from anywhere, once the workspace is prepared. */
  open: (page: Page) => Promise<void>;
}

export const galleryViewports = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;

const LIST = 'Village round';

async function goTo(page: Page, section: 'surveys' | 'roster' | 'outbox' | 'settings'): Promise<void> {
  await page.goto(`/#/${section}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('#main').evaluate((main) => main.scrollTo({ top: 0 }));
}

async function toSurveysHome(page: Page): Promise<void> {
  await goTo(page, 'surveys');
  // The capture view survives a reload: leave a form or the responses for the surveys home.
  const back = page.getByRole('button', { name: /Surveys and drafts|Save draft and close/ });
  if (await back.isVisible()) await back.click();
  await expect(page.getByRole('list', { name: 'Surveys on this laptop' })).toBeVisible();
}

async function openRoster(page: Page): Promise<void> {
  await goTo(page, 'roster');
  await expect(page.getByRole('table', { name: `Respondents of ${LIST}` })).toBeVisible();
}

async function openAttentionItem(page: Page): Promise<void> {
  await goTo(page, 'outbox');
  await page.locator('[data-testid="outbox-row"][data-state="needs-attention"]').first().click();
  await expect(page.getByTestId('outbox-detail')).toBeVisible();
}

/**
 * Queues the list's unsent respondents and waits until the outbox holds them: a reload before the
 * queueing transaction commits (under load it takes a while) would leave nothing queued.
 */
async function sendToQmob(page: Page, count: number): Promise<void> {
  const queueButton = page.getByRole('button', { name: `Queue ${count} respondents for QMob` });
  if (!(await queueButton.isVisible())) await page.getByText(/^Send to QMob/).click();
  await queueButton.click();
  await expect(page.getByTestId('roster-message')).toContainText(`Queued ${count} respondents for QMob`);
}

/** The Practice workspace with something in every screen: surveys, a draft, a finished response, a list, outbox items. */
export async function prepareGallery(page: Page): Promise<void> {
  await startPractice(page);
  await downloadSurveys(page);

  // One finished response, delivered to the Practice server, and one draft.
  await answerWater(await newResponse(page), {
    source: 'Piped',
    region: '1. North',
    uses: ['Drinking'],
    village: 'Kibera',
    problems: 'Pipe broke twice.',
    people: '6',
    runsOut: 'Often',
    looksDirty: 'Never',
    drySeason: ['Bucket'],
    firstName: 'Amina',
    phone: '+254 700 000 001',
  });
  await finishResponse(page);
  await answerWater(await newResponse(page), { village: 'Mathare' });
  await responseForm(page).getByRole('button', { name: 'Save draft and close' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();

  // A respondent list: a batch QMob accepts, and one it refuses (site_code removed from the account's fields).
  await page.goto('/#/roster');
  const lists = page.getByRole('navigation', { name: 'Respondent lists' });
  await expect(lists).toBeVisible();
  const newList = page.getByRole('form', { name: 'New list' });
  if (!(await newList.isVisible())) await lists.locator('details summary').click();
  await newList.getByLabel('List name').fill(LIST);
  await newList.getByLabel('QMob list id (group_id)').fill('1001');
  await newList.getByLabel('QMob account').selectOption({ label: 'Practice: QMob' });
  await newList.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${LIST}`) })).toBeVisible();
  const importCsv = async (rows: readonly string[]): Promise<void> => {
    await page.getByLabel(`Import a CSV file into ${LIST}`).setInputFiles({
      name: 'village-round.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8'),
    });
    await page.getByRole('region', { name: 'Map columns' }).getByRole('button', { name: 'Import respondents' }).click();
    await expect(page.getByTestId('import-summary')).toContainText('stored', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Close' }).click();
  };
  await importCsv([
    'Username,Phone,E-mail,Site code',
    'amina.k,+255700000101,amina@example.org,KIB-01',
    'baraka.m,+255700000102,,KIB-01',
    'chausiku.w,+255700000103,chausiku.wanjiru.long.address@example.org,MTH-02',
  ]);
  await sendToQmob(page, 3);
  const fields = page.locator('details', { hasText: 'Sample fields of ' });
  await fields.locator('summary').click();
  await fields.getByRole('button', { name: 'Remove sample field site_code' }).click();
  await importCsv(['username,phonenumber', 'dalila.o,+255700000104', 'eli.n,+255700000105']);
  await sendToQmob(page, 2);
  await goTo(page, 'outbox');
  await expect(page.locator('[data-testid="outbox-row"][data-state="needs-attention"]')).toHaveCount(1, {
    timeout: 30_000,
  });
  await expect(page.locator('[data-testid="outbox-row"][data-state="delivered"]')).toHaveCount(1, {
    timeout: 30_000,
  });
}

export const galleryScreens: readonly GalleryScreen[] = [
  { name: 'surveys', main: true, open: toSurveysHome },
  {
    name: 'surveys-drafts',
    main: true,
    open: async (page) => {
      await toSurveysHome(page);
      await page.getByRole('region', { name: 'Drafts' }).scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'surveys-delete-draft',
    main: false,
    open: async (page) => {
      await toSurveysHome(page);
      const draft = page.getByRole('listitem', { name: `Draft of ${WATER}` });
      await draft.getByRole('button', { name: 'Delete' }).click();
      await expect(draft.getByRole('button', { name: 'Delete draft' })).toBeVisible();
    },
  },
  {
    name: 'capture-form',
    main: true,
    open: async (page) => {
      await toSurveysHome(page);
      await page
        .getByRole('listitem', { name: `Draft of ${WATER}` })
        .getByRole('button', { name: 'Resume' })
        .click();
      await expect(page.getByRole('form', { name: `Response to ${WATER}` })).toBeVisible();
    },
  },
  {
    name: 'responses',
    main: true,
    open: async (page) => {
      await toSurveysHome(page);
      await page.getByRole('button', { name: /^Responses \(/ }).click();
      await page.getByTestId('response-row').first().getByRole('button').click();
      await expect(page.getByRole('region', { name: 'Response detail' })).toBeVisible();
    },
  },
  { name: 'roster', main: true, open: openRoster },
  {
    name: 'roster-edit-respondent',
    main: false,
    open: async (page) => {
      await openRoster(page);
      await page.getByRole('button', { name: 'Edit amina.k' }).click();
      await expect(page.getByLabel('Phone number')).toBeVisible();
    },
  },
  {
    name: 'roster-import-mapping',
    main: false,
    open: async (page) => {
      await openRoster(page);
      await page.getByLabel(`Import a CSV file into ${LIST}`).setInputFiles({
        name: 'next-round.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Username,Phone,Site code,Notes\r\nfatuma.a,+255700000106,KIB-02,Second visit\r\n', 'utf8'),
      });
      await expect(page.getByRole('region', { name: 'Map columns' })).toBeVisible();
    },
  },
  {
    name: 'roster-send',
    main: false,
    open: async (page) => {
      await openRoster(page);
      await page.getByText(/^Send to QMob/).click();
    },
  },
  {
    name: 'outbox',
    main: true,
    open: async (page) => {
      await goTo(page, 'outbox');
      await expect(page.getByTestId('outbox-row').first()).toBeVisible();
    },
  },
  { name: 'outbox-detail', main: true, open: openAttentionItem },
  {
    name: 'outbox-correction',
    main: false,
    open: async (page) => {
      await openAttentionItem(page);
      await page.getByTestId('outbox-detail').getByRole('button', { name: 'Edit and send again' }).click();
      await expect(page.getByRole('form', { name: 'Correct respondents' })).toBeVisible();
    },
  },
  {
    name: 'outbox-discard',
    main: false,
    open: async (page) => {
      await openAttentionItem(page);
      await page.getByTestId('outbox-detail').getByRole('button', { name: 'Discard…' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
    },
  },
  { name: 'settings', main: true, open: (page) => goTo(page, 'settings') },
  {
    name: 'settings-edit-account',
    main: false,
    open: async (page) => {
      await goTo(page, 'settings');
      const card = page.locator('[data-testid="account-card"][data-kind="questionpro"]').first();
      await card.getByRole('button', { name: /^Edit/ }).click();
      await expect(card.getByRole('button', { name: 'Save changes' })).toBeVisible();
    },
  },
  {
    name: 'settings-add-account',
    main: false,
    open: async (page) => {
      await goTo(page, 'settings');
      await page.getByRole('button', { name: 'Add QuestionPro account' }).click();
      await expect(page.getByRole('form', { name: 'Add a QuestionPro account' })).toBeVisible();
    },
  },
];

/** Text shaped like a UUID anywhere the user can read it on the page, with where it sits. */
export function visibleUuids(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
    const found: string[] = [];
    const text = document.body.innerText;
    for (const match of text.matchAll(uuid)) {
      const at = match.index ?? 0;
      found.push(text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' '));
    }
    return found;
  });
}

/**
 * Text a person cannot read whole: cut with "…" (or a line clamp) with no tooltip holding all of
 * it, and anything that makes the page, or a pane that is not a code view, scroll sideways.
 */
export function unreadableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''}`;
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.getClientRects().length === 0 || element.clientWidth <= 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const text = (element.textContent ?? '').trim();
      const cutWide = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
      const cutTall = style.webkitLineClamp !== 'none' && element.scrollHeight > element.clientHeight + 1;
      if ((cutWide || cutTall) && text !== '' && element.title.trim() !== text)
        found.push(`${name(element)} “${text.slice(0, 60)}” is cut short with no tooltip of it`);
      const scrollsSideways = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrollsSideways && element.tagName !== 'PRE' && element.scrollWidth > element.clientWidth + 1)
        found.push(`${name(element)} scrolls sideways (${element.scrollWidth} px in ${element.clientWidth} px)`);
    }
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`the page scrolls sideways (${root.scrollWidth} px in ${root.clientWidth} px)`);
    return found;
  });
}
