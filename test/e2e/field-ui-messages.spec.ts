import { expect, test, type Page } from '@playwright/test';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import { queue } from '../../common/outbox/transitions';
import { pseudoText } from '../../renderer/src/i18n/pseudo';
import { addSandboxQuestionProAccount, removeAccount } from './support/accounts-in-page';
import { answerWater, downloadSurveys, newResponse, startPractice, startPracticeWithWater } from './support/capture-ui';
import { putOutboxItems } from './support/outbox-in-page';
import { startSandboxProcess } from './support/processes';
import { createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 14 on the Practice workspace: messages that agree with each other (item 9), questions
 * counted and numbered one way (item 12), names where ids showed (item 8), and outbox rows whose
 * words are never cut, in English or in the pseudo-locale's longer words.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const response = (accountId: string, label: string, surveyId = 7654322): OutboxItem =>
  queue(
    {
      accountId,
      label,
      payload: {
        kind: 'questionpro.create-response',
        surveyId,
        responseId: crypto.randomUUID(),
        body: {
          responseStatus: 'Completed',
          responseSet: [{ questionID: 20000002, answerValues: [{ answerID: 200000021 }] }],
        },
      },
    },
    Date.now(),
    crypto.randomUUID(),
  );

test('item 12: the library and the form count the same questions, numbered from 1 without gaps, descriptive items unnumbered', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startPractice(page);
  const names = await downloadSurveys(page);
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) {
    const card = page.getByRole('listitem', { name });
    const summary = (await card.locator('.hint').first().textContent()) ?? '';
    const inLibrary = Number(/^(\d+) questions?/.exec(summary)?.[1]);
    const sections = Number(/ in (\d+) sections/.exec(summary)?.[1] ?? 1);
    await card.getByRole('button', { name: 'New response' }).click();
    const form = page.getByRole('form', { name: `Response to ${name}` });
    await expect(form).toBeVisible();
    const progress = (await page.getByTestId('draft-progress').textContent()) ?? '';
    const inForm = Number(/^0 of (\d+) questions? answered/.exec(progress)?.[1]);
    // One section: the form asks every question the library counts. With branching, the route decides.
    if (sections === 1) expect(inForm, `${name}: “${summary}” beside “${progress}”`).toBe(inLibrary);
    else expect(inForm, `${name}: “${summary}” beside “${progress}”`).toBeLessThanOrEqual(inLibrary);
    const numbers = await form.getByTestId('question-number').allTextContents();
    expect(numbers.length, name).toBeGreaterThan(0);
    expect(numbers, name).toEqual(numbers.map((_, index) => `${index + 1}.`));
    // Descriptive items and questions Outpost cannot capture carry no number, QuestionPro's code neither.
    await expect(form.locator('.question.presentation .qcode, .question.unknown .qcode')).toHaveCount(0);
    await expect(form.locator('.qcode').filter({ hasText: /^Q\d/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Save draft and close' }).click();
    await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
  }
});

test('item 9: “9 of 9 answered” never sits beside “needs attention”: an answer that needs attention is not counted answered', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await startPracticeWithWater(page);
  const f = await newResponse(page);
  const progress = page.getByTestId('draft-progress');
  await expect(progress).toHaveText(/^0 of 9 questions answered/);
  // Every field has something in it, but the phone number is not one.
  await answerWater(f, {
    source: 'Piped',
    region: 1,
    uses: ['Drinking'],
    village: 'Kibera',
    problems: 'None',
    people: '6',
    runsOut: 'Often',
    drySeason: ['Bucket'],
    firstName: 'Amina',
    phone: 'call me',
  });
  await expect(progress).toHaveText(/^8 of 9 questions answered/);
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(f.getByText('1 question needs attention before this response can be finished.')).toBeVisible();
  await expect(progress).toHaveText(/^8 of 9 questions answered/);
  await f.getByRole('textbox', { name: 'Phone' }).fill('+254700000001');
  await expect(progress).toHaveText(/^9 of 9 questions answered/);
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByText(/Response to “Household Water Access” finished/)).toBeVisible();
});

test('item 9 and 8: items held for a paused account get no time left, and the account is named in the outbox and the status bar', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { questionpro } = await startPractice(page);
  await page.goto('/#/settings');
  const card = page
    .locator('[data-testid="account-card"][data-kind="questionpro"]')
    .filter({ has: page.getByTestId('practice-badge') });
  await card.getByRole('button', { name: /^Edit/ }).click();
  await card.getByLabel('API key', { exact: true }).fill('WRONG-KEY-item9');
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(card.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await putOutboxItems(page, [
    response(questionpro, 'Household Water Access'),
    response(questionpro, 'Household Water Access'),
    response(questionpro, 'Household Water Access'),
  ]);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Outbox/ })
    .click();
  await expect(page.getByTestId('paused-account')).toContainText('Sending to Practice: QuestionPro is paused.', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('sync-held-text')).toHaveText(
    '3 items wait until sending to Practice: QuestionPro resumes.',
  );
  await expect(page.getByTestId('sync-progress-text')).toHaveText('0 of 3 delivered, 3 to go');
  await expect(page.getByTestId('sending-status')).toHaveText(
    'Sending to Practice: QuestionPro is paused: its credentials need checking',
  );
  // The rows and the detail say the survey and the account by name.
  const row = page.getByTestId('outbox-row').first();
  await expect(row).toContainText('QuestionPro · Practice: QuestionPro · Response to “Household Water Access”');
  await row.locator('button').click();
  await expect(page.getByTestId('detail-account')).toHaveText('Practice: QuestionPro');
  await expect(page.getByTestId('outbox-detail')).toContainText('QuestionPro: Response to “Household Water Access”');
  await expect(page.locator('main')).not.toContainText('7654322');

  // Fixed in place: the three go, and nothing says anything is held any more.
  await page.goto('/#/settings');
  await card
    .getByTestId('account-trouble')
    .getByRole('button', { name: /Restore the Practice/ })
    .click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Outbox/ })
    .click();
  await expect(page.getByTestId('sync-progress-text')).toHaveText(/^(3 of 3 delivered|Nothing waiting to send\.)$/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('sync-held-text')).toHaveCount(0);
});

test('item 9: offline, the status bar never says “Sending…” and no time left is promised', async ({ page }) => {
  test.setTimeout(90_000);
  // A server that takes 8 s to answer: the send is under way when the laptop goes offline.
  const sandbox = await startSandboxProcess(['--latency-ms', '8000']);
  try {
    await page.goto('/#/outbox');
    const accountId = await addSandboxQuestionProAccount(page, sandbox, 'Slow QuestionPro');
    await putOutboxItems(page, [response(accountId, 'Household Water Access'), response(accountId, 'Farm')]);
    await page.reload();
    await expect(page.getByTestId('sending-status')).toHaveText('Sending…', { timeout: 20_000 });
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    await expect(page.getByTestId('sending-status')).toHaveText('Sending waits for the network');
    await expect(page.getByTestId('sync-progress-text')).not.toContainText('left');
    await expect(page.getByTestId('sync-offline-text')).toHaveText(
      'Offline: sending goes on by itself once the network is back.',
    );
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.getByTestId('sending-status')).not.toHaveText('Sending waits for the network');
    await removeAccount(page, accountId);
  } finally {
    await sandbox.stop();
  }
});

test('item 8: outbox items name their QMob list and account, in the rows, the detail and the problem; a deleted list is said in words', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/#/roster');
  const qmobLabel = await usePracticeQmob(page);
  await createList(page, 'Field respondents', '1001', { accountLabel: qmobLabel });
  const qmob = await page.evaluate(async () => {
    const listed = await window.outpost?.operations['accounts.list']({});
    return listed?.ok ? listed.value.find((account) => account.kind === 'qmob' && account.practice)?.id : undefined;
  });
  if (!qmob) throw new Error('no Practice QMob account');
  await page.goto('/#/outbox');
  // Paused first: these made-up items only need to be read (the engine's pause outlives the page: resumed at the end).
  await page.getByRole('button', { name: 'Pause sending' }).click();
  try {
    await readNames(page, qmob);
  } finally {
    await page.evaluate(() => window.outpost?.operations['sync.resume']({}));
  }
});

async function readNames(page: Page, qmob: string): Promise<void> {
  const refused = {
    ...queue(
      {
        accountId: qmob,
        label: 'Field respondents: add 1 respondent',
        payload: {
          kind: 'qmob.add-respondents',
          listId: '1001',
          noPassword: true,
          overwrite: true,
          respondents: [{ username: 'amina.k', phonenumber: '+255700000101' }],
        },
      },
      Date.now() - 2_000,
      crypto.randomUUID(),
    ),
    state: 'needs-attention' as const,
    problem: {
      code: 'qmob.list-not-found',
      message: 'The list does not exist.',
      service: 'qmob' as const,
      kind: 'not-found' as const,
      retryable: false,
      target: { listId: '1001' },
      action: 'Check the list.',
      known: false,
    },
  };
  const gone = queue(
    {
      accountId: qmob,
      label: 'Old list: remove 2 respondents',
      payload: { kind: 'qmob.remove-respondents', listId: '4242', usernames: ['a.b', 'c.d'] },
    },
    Date.now() - 1_000,
    crypto.randomUUID(),
  );
  const orphan = response(crypto.randomUUID(), 'Market Stall Census', 7654323);
  await putOutboxItems(page, [refused, gone, orphan]);
  await page.reload();
  const rows = page.getByTestId('outbox-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('QMob · Practice: QMob · 1 respondent to “Field respondents”');
  await expect(rows.nth(1)).toContainText('Remove 2 respondents from a list no longer in Outpost');
  // Labels stored as English sentences by earlier versions: the title is the list's name (what it does is said below).
  await expect(rows.nth(2).locator('.outbox-row-title')).toHaveText('Field respondents');
  await expect(rows.nth(1).locator('.outbox-row-title')).toHaveText('Old list');
  await expect(rows.nth(0)).toContainText('an account no longer set up · Response to “Market Stall Census”');
  const list = page.getByTestId('outbox-list');
  for (const id of ['1001', '4242', '7654323']) await expect(list).not.toContainText(id);
  await expect(list).not.toContainText(UUID);

  await rows.nth(2).locator('button').click();
  const detail = page.getByTestId('outbox-detail');
  await expect(page.getByTestId('detail-account')).toHaveText('Practice: QMob');
  await expect(page.locator('#outbox-detail-heading > [translate="no"]')).toHaveText('Field respondents');
  await expect(detail).toContainText('QMob: 1 respondent to “Field respondents”');
  await expect(page.getByTestId('problem')).toContainText('List: Field respondents');
  await expect(page.getByTestId('problem')).not.toContainText('1001');
  await rows.nth(0).locator('button').click();
  await expect(page.getByTestId('detail-account')).toHaveText('an account no longer set up');
}

/** Every piece of words in the outbox's rows that is cut, sideways or downwards, or rows drawn over each other. */
function cutRows(): string[] {
  const problems: string[] = [];
  const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="outbox-row"]')];
  if (rows.length === 0) return ['no outbox rows on screen'];
  for (const row of rows) {
    for (const element of [
      row,
      ...row.querySelectorAll<HTMLElement>('button, .state-badge, .outbox-row-title, .outbox-row-sub, .outbox-row-age'),
    ]) {
      const text = (element.textContent ?? '').trim().slice(0, 50);
      if (element.scrollWidth > element.clientWidth + 1)
        problems.push(`“${text}” is cut sideways (${element.scrollWidth}>${element.clientWidth})`);
      if (element.scrollHeight > element.clientHeight + 1)
        problems.push(`“${text}” is cut below (${element.scrollHeight}>${element.clientHeight})`);
    }
  }
  const boxes = rows.map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top);
  for (let index = 1; index < boxes.length; index += 1) {
    const [above, below] = [boxes[index - 1], boxes[index]];
    if (above && below && below.top < above.bottom - 1) problems.push(`rows overlap at ${Math.round(below.top)}`);
  }
  return problems;
}

test.describe('in the pseudo-locale at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('outbox rows show all their words: none cut, none hidden under the next row, and the full name stays readable', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.addInitScript(() => localStorage.setItem('outpost.locale', 'en-XA'));
    const { questionpro } = await startPractice(page);
    await page.goto('/#/outbox');
    await page.getByRole('button', { name: `[${pseudoText('Pause sending')}]` }).click();
    try {
      await checkRows(page, questionpro);
    } finally {
      await page.evaluate(() => window.outpost?.operations['sync.resume']({}));
    }
  });
});

async function checkRows(page: Page, questionpro: string): Promise<void> {
  const long =
    'Household Water Access and Sanitation Follow-up Survey, Second Round, Northern and Eastern Districts (Revised)';
  await putOutboxItems(page, [
    response(questionpro, long),
    response(questionpro, 'Household Water Access'),
    ...Array.from({ length: 80 }, (_, index) => response(questionpro, `${long} ${index}`)),
  ]);
  await page.reload();
  const rows = page.getByTestId('outbox-row');
  await expect(rows.first()).toBeVisible();
  expect(await page.evaluate(cutRows)).toEqual([]);
  // The long name is there in full, on screen and in the row's accessible name.
  const first = rows.first().locator('button');
  await expect(first.locator('.outbox-row-title')).toHaveText(new RegExp(`^${long.replace(/[()]/g, '\\$&')}`));
  await expect(first).toHaveAccessibleName(new RegExp(long.replace(/[()]/g, '\\$&')));
  // Still only what is on screen is drawn, and after scrolling to the end nothing is cut there either.
  expect(await rows.count()).toBeLessThan(40);
  await page.getByTestId('outbox-list').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(rows.filter({ hasText: /^.*Household Water Access.*$/ }).last()).toBeVisible();
  await expect.poll(() => page.evaluate(cutRows)).toEqual([]);
}
