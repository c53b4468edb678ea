import { expect, test, type Page } from '@playwright/test';
import {
  answerWater,
  newResponse,
  requiredWaterAnswers,
  responseForm,
  startPracticeWithWater,
  WATER,
} from './support/capture-ui';
import { readStore } from './support/outbox-in-page';
import { createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 14, the capture form as a field worker leaves and finishes it: a confirmation where
 * focus lands (item 10), ways out that keep the draft and leave no empty one (item 11), and an
 * undo after deleting a draft.
 */

const form = (page: Page) => responseForm(page);

const answerAll = (page: Page, name: string): Promise<void> => answerWater(form(page), requiredWaterAnswers(name));

async function draftsOf(page: Page): Promise<Array<{ id: string; firstAnswerAt: number | null }>> {
  return (await readStore(page, 'drafts')) as Array<{ id: string; firstAnswerAt: number | null }>;
}

test('item 10: finishing a response confirms it where focus lands; Finish and start next focuses the next form', async ({
  page,
}) => {
  await startPracticeWithWater(page);
  await newResponse(page);
  // Opening a form puts focus on its first question, not on the page.
  await expect(form(page).getByRole('radio', { name: 'Piped' })).toBeFocused();
  await answerAll(page, 'Confirmed One');
  await form(page).getByRole('button', { name: 'Finish and start next' }).click();
  const notice = page.getByTestId('capture-notice');
  await expect(notice).toContainText(`Response to “${WATER}” finished`);
  await expect(page.getByTestId('draft-progress')).toHaveText(/^0 of 9 questions answered/);
  await expect(form(page).getByRole('radio', { name: 'Piped' })).toBeFocused();

  await answerAll(page, 'Confirmed Two');
  await form(page).getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
  await expect(notice).toContainText(`Response to “${WATER}” finished: it is in the outbox`);
  await expect(notice).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('item 11: the Surveys tab leaves the form keeping the draft; Finish and start next then closing leaves no empty draft', async ({
  page,
}) => {
  await startPracticeWithWater(page);
  const before = (await draftsOf(page)).length;
  await newResponse(page);
  await form(page).getByRole('textbox', { name: 'First Name' }).fill('Tab Leaver');
  const surveysTab = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /^Surveys/ });
  await surveysTab.click();
  await expect(form(page)).toBeHidden();
  const drafts = page.getByRole('list', { name: 'Drafts' });
  await expect(drafts.getByTestId('draft')).toHaveCount(before + 1);
  // Resumed, it holds what was typed.
  await drafts.getByTestId('draft').first().getByRole('button', { name: 'Resume' }).click();
  await expect(form(page).getByRole('textbox', { name: 'First Name' })).toHaveValue('Tab Leaver');
  await answerAll(page, 'Tab Leaver');
  await form(page).getByRole('button', { name: 'Finish and start next' }).click();
  await expect(page.getByTestId('draft-progress')).toHaveText(/^0 of 9 questions answered/);
  await form(page).getByRole('button', { name: 'Save draft and close' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
  // The finished one left the drafts and the untouched next one was not kept.
  await expect.poll(async () => (await draftsOf(page)).length).toBe(before);
  expect((await draftsOf(page)).filter((draft) => draft.firstAnswerAt === null)).toEqual([]);

  // Alt+1 (the Surveys shortcut) leaves the form too.
  await newResponse(page);
  await form(page).getByRole('textbox', { name: 'First Name' }).fill('Shortcut Leaver');
  await page.keyboard.press('Alt+1');
  await expect(form(page)).toBeHidden();
  await expect.poll(async () => (await draftsOf(page)).length).toBe(before + 1);
});

test('deleting a draft can be undone, with its answers', async ({ page }) => {
  await startPracticeWithWater(page);
  // Unique per run: the browser host's data outlives one run of this test.
  const who = `Undo Me ${Date.now() % 1_000_000}`;
  await newResponse(page);
  await form(page).getByRole('textbox', { name: 'First Name' }).fill(who);
  await form(page).getByRole('button', { name: 'Save draft and close' }).click();
  const drafts = page.getByRole('list', { name: 'Drafts' });
  // Drafts are listed by who the respondent is.
  await expect(drafts.getByRole('listitem', { name: `Draft of ${WATER}: ${who}` })).toBeVisible();
  await expect(drafts.getByTestId('draft-respondent').first()).toHaveText(who);
  // … and found by them (through the drafts' blind index).
  const find = page.getByRole('searchbox', { name: 'Find a draft by respondent or survey' });
  await find.fill(who.toLowerCase());
  await expect(drafts.getByTestId('draft')).toHaveCount(1);
  await find.fill('zzqqxx');
  await expect(page.getByTestId('no-draft-matches')).toHaveText('No draft matches.');
  await find.fill('');
  await expect(page.getByTestId('no-draft-matches')).toBeHidden();
  await expect(drafts.getByRole('listitem', { name: `Draft of ${WATER}: ${who}` })).toBeVisible();
  const count = await drafts.getByTestId('draft').count();
  const card = drafts.getByTestId('draft').first();
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Delete draft' }).click();
  const notice = page.getByTestId('capture-notice');
  await expect(notice).toContainText(`Draft of “${WATER}” deleted.`);
  await expect(notice).toBeFocused();
  await expect(drafts.getByTestId('draft')).toHaveCount(count - 1);
  await notice.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByRole('list', { name: 'Drafts' }).getByTestId('draft')).toHaveCount(count);
  await expect(notice).toBeHidden();
  await page
    .getByRole('list', { name: 'Drafts' })
    .getByTestId('draft')
    .first()
    .getByRole('button', { name: 'Resume' })
    .click();
  await expect(form(page).getByRole('textbox', { name: 'First Name' })).toHaveValue(who);
});

async function shareLocation(page: Page, on: boolean): Promise<void> {
  await page.goto('/#/settings');
  const box = page.getByLabel(/Record the laptop.s position with each response/);
  await box.setChecked(on);
  await page.getByRole('button', { name: 'Save capture settings' }).click();
  await expect(page.getByText('Saved. New responses carry these IDs.')).toBeVisible();
  await page.goto('/#/surveys');
}

async function finishAndOpenDetail(page: Page): Promise<void> {
  await answerAll(page, 'Located');
  await form(page).getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByTestId('capture-notice')).toBeFocused();
  await page.getByRole('button', { name: /^Responses \(/ }).click();
  await page.getByTestId('response-row').first().getByRole('button').click();
}

test.describe('with location access granted', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: -1.2921, longitude: 36.8219, accuracy: 25 } });
  test('the position is recorded with its accuracy and shown in words in the form and the detail', async ({ page }) => {
    await startPracticeWithWater(page);
    await shareLocation(page, true);
    try {
      await newResponse(page);
      const recorded = 'Recorded: 1.29210° S, 36.82190° E, within about 25 m';
      await expect(page.getByTestId('draft-position')).toHaveText(`Position: ${recorded}`);
      await finishAndOpenDetail(page);
      await expect(page.getByTestId('detail-position')).toHaveText(recorded);
      await expect(page.getByTestId('detail-payload')).toContainText('"latitude": -1.2921');
    } finally {
      await shareLocation(page, false);
    }
  });
});

test('a refused location access, and sharing turned off, are said as such', async ({ page, context }) => {
  await context.clearPermissions();
  await startPracticeWithWater(page);
  await shareLocation(page, true);
  try {
    await newResponse(page);
    await expect(page.getByTestId('draft-position')).toHaveText(
      /^Position: Not recorded: (this laptop refused location access|the laptop could not find its position)$/,
      { timeout: 15_000 },
    );
    await finishAndOpenDetail(page);
    await expect(page.getByTestId('detail-position')).toHaveText(/^Not recorded: /);
  } finally {
    await shareLocation(page, false);
  }
  await page.getByRole('button', { name: '← Surveys and drafts' }).click();
  await newResponse(page);
  await expect(page.getByTestId('draft-position')).toHaveText(
    'Position: Not recorded: turned off in Settings → Capture',
  );
});

test('one respondent added by hand is checked as an import row, stored not queued yet, and sent with the next send', async ({
  page,
}) => {
  await page.goto('/#/roster');
  const qmob = await usePracticeQmob(page);
  // Unique per run: the browser host's data outlives one run of this test.
  const stamp = String(Date.now() % 1_000_000);
  const list = `Walk-ins ${stamp}`;
  const username = `walkin${stamp}`;
  await createList(page, list, '1001', { accountLabel: qmob });
  await page.getByRole('button', { name: 'Add a respondent…' }).click();
  const addForm = page.getByRole('form', { name: `Add a respondent to ${list}` });
  await expect(addForm.getByRole('textbox', { name: 'Username' })).toBeFocused();
  // A phone number QMob would refuse is said before anything is stored.
  await addForm.getByRole('textbox', { name: 'Username' }).fill(username);
  await addForm.getByRole('textbox', { name: 'Phone number' }).fill('call me');
  await addForm.getByRole('button', { name: 'Add respondent' }).click();
  await expect(addForm.getByRole('alert')).toContainText('Phone number');
  // The column a problem names and a sample field's alias are data, as in the edit form: never machine-translated.
  await expect(addForm.getByRole('alert').locator('[translate="no"]', { hasText: 'Phone number' })).toBeVisible();
  await expect(addForm.locator('label', { hasText: 'site_code' }).locator('[translate="no"]')).toHaveText('site_code');
  await addForm.getByRole('textbox', { name: 'Phone number' }).fill('+255700000901');
  await addForm.getByRole('textbox', { name: /site_code/ }).fill('K9');
  await addForm.getByRole('button', { name: 'Add respondent' }).click();
  await expect(page.getByTestId('roster-message')).toContainText(`Added ${username} to ${list}.`);
  const table = page.getByRole('table', { name: `Respondents of ${list}` });
  await expect(table.getByRole('row').filter({ hasText: username })).toContainText('Not queued yet');
  await expect(page.getByText(/^Send to QMob/)).toHaveText('Send to QMob (1 not queued yet)');
});
