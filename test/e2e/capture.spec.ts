import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { serializeSurveyPackage, toLocalSurvey } from '../../common/capture';
import { createResponseRequestSchema } from '../../common/questionpro/create-response';
import { questionOnTheWire } from '../../sandbox/services/questionpro/survey-handlers';
import { marketStallSurvey } from '../../sandbox/services/seed-data';
import { readTable } from './support/app-database';
import { answerWater, finishResponse, responseForm, startPracticeWithWater } from './support/capture-ui';

/**
 * Capture in the browser host: a survey downloaded from the Practice sandbox (or imported as a
 * package), three responses with contact information and matrices, a reload mid-draft, and
 * finalize into the outbox.
 */

interface StoredItem {
  id: string;
  state: string;
  accountId: string;
  payload: { kind: string; surveyId: number; responseId: string; body: unknown };
}

/** The outbox as IndexedDB holds it, opened with the data key (rows are sealed at rest). */
async function readOutbox(page: Page): Promise<StoredItem[]> {
  return (await readTable(page, 'outbox')) as StoredItem[];
}

async function startResponse(page: Page): Promise<void> {
  const card = page.getByRole('listitem', { name: 'Household Water Access' });
  // The Practice account has no logic graph for this survey: the library says so before the interview.
  await expect(card.getByTestId('branching-unavailable')).toHaveText(
    'Branching is not available for this survey: every section is shown, in order.',
  );
  await card.getByRole('button', { name: 'New response' }).click();
  await expect(page.getByRole('form', { name: 'Response to Household Water Access' })).toBeVisible();
}

// The timestamp is written in the device's zone: run these in one with daylight saving.
test.use({ timezoneId: 'America/Los_Angeles' });

async function expectAccessible(page: Page, where: string): Promise<void> {
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
    where,
  ).toEqual([]);
}

const form = (page: Page) => responseForm(page);

test('download, capture three responses with contact info and a matrix, survive a reload, finalize into the outbox', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startPracticeWithWater(page);

  // Settings → Capture: the IDs that go with every response.
  await page.goto('/#/settings');
  await page.getByLabel('Enumerator ID').fill('ENUM-E2E');
  await page.getByLabel('Device ID').fill('LAPTOP-E2E');
  await page.getByRole('button', { name: 'Save capture settings' }).click();
  await expect(page.getByText('Saved. New responses carry these IDs.')).toBeVisible();
  await page.goto('/#/surveys');

  // 1: with the mouse, every question type.
  await startResponse(page);
  const f = form(page);
  await answerWater(f, {
    source: 'Piped',
    region: '1. North',
    uses: ['Drinking', 'Washing'],
    village: 'Kibera',
    problems: 'Pipe broke twice.\nWe walk 2 km.',
    people: '6',
    runsOut: 'Often',
    looksDirty: 'Never',
    drySeason: ['Bucket', 'Tank'],
    firstName: 'Amina',
    phone: '+254 700 000 001',
  });
  await expectAccessible(page, 'capture form');
  await f.getByRole('button', { name: 'Finish and start next' }).click();

  // 2: straight on to the next household, from the keyboard, then a reload in the middle of the draft.
  await expect(page.getByTestId('draft-progress')).toHaveText(/^0 of 9 questions answered/);
  await expect(f.getByRole('radio', { name: 'Piped' })).not.toBeChecked();
  await f.getByRole('radio', { name: 'Piped' }).focus();
  await page.keyboard.press('2'); // Borehole
  await expect(f.getByRole('radio', { name: 'Borehole' })).toBeChecked();
  await page.keyboard.press('Enter'); // → Region
  await expect(f.getByRole('combobox', { name: /Region/ })).toBeFocused();
  await page.keyboard.press('3'); // East
  await expect(f.getByRole('combobox', { name: /Region/ })).toHaveValue('200000033');
  await f.getByRole('textbox', { name: /How many people/ }).fill('4');
  await f.getByRole('radio', { name: 'Water runs out: Sometimes' }).check();
  await f.getByRole('textbox', { name: 'First Name' }).fill('Joseph');
  await f.getByRole('textbox', { name: 'Phone' }).fill('0712 345 678');
  await expect(page.getByTestId('draft-progress')).toHaveText(/^5 of 9 questions answered/);
  await page.waitForTimeout(600); // beyond the save debounce
  await page.reload();
  await expect(f.getByRole('radio', { name: 'Borehole' })).toBeChecked();
  await expect(f.getByRole('textbox', { name: 'Phone' })).toHaveValue('0712 345 678');
  await expect(f.getByRole('radio', { name: 'Water runs out: Sometimes' })).toBeChecked();
  // A wrong phone is caught as the user leaves the field, and again at finish.
  await f.getByRole('textbox', { name: 'Phone' }).fill('call me');
  await f.getByRole('textbox', { name: 'First Name' }).focus();
  await expect(f.getByText('A phone number has only digits')).toBeVisible();
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(f.getByText('1 question needs attention')).toBeVisible();
  await expect(f.getByRole('textbox', { name: 'Phone' })).toBeFocused();
  await f.getByRole('textbox', { name: 'Phone' }).fill('0712 345 678');
  await finishResponse(page);

  // 3: left as a draft first, resumed from the drafts list, then finished.
  await startResponse(page);
  await f.getByRole('radio', { name: 'Well' }).check();
  await f.getByRole('button', { name: 'Save draft and close' }).click();
  const drafts = page.getByRole('region', { name: 'Drafts' });
  await expect(drafts.getByTestId('draft')).toHaveCount(1);
  await expect(drafts.getByTestId('draft')).toContainText('1 of 9 answered');
  await page.reload();
  await drafts.getByRole('button', { name: 'Resume' }).click();
  await expect(f.getByRole('radio', { name: 'Well' })).toBeChecked();
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(f.getByText('2 questions need attention')).toBeVisible();
  await f.getByRole('combobox', { name: /Region/ }).selectOption({ label: '4. West' });
  await f.getByRole('textbox', { name: /How many people/ }).fill('2');
  await f.getByRole('radio', { name: 'Water looks dirty: Often' }).check();
  await f.getByRole('textbox', { name: 'First Name' }).fill('Grace');
  await finishResponse(page);
  await expect(drafts.getByTestId('draft')).toHaveCount(0);

  // The outbox holds three items whose payloads are valid create-response bodies.
  const items = (await readOutbox(page)).filter((item) => item.payload.kind === 'questionpro.create-response');
  expect(items).toHaveLength(3);
  for (const item of items) {
    expect(['queued', 'sending', 'delivered']).toContain(item.state);
    expect(item.payload.surveyId).toBe(7654322);
    const body = createResponseRequestSchema.parse(item.payload.body);
    expect(body.externalReference).toBe(item.id);
    expect(body.responseStatus).toBe('Completed');
    expect(body.timestamp).toMatch(/^\d{2} [A-Z][a-z]{2}, \d{4} (0[1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM) P[DS]T$/);
    expect(body.customVariables).toEqual({ custom1: 'ENUM-E2E', custom2: 'LAPTOP-E2E' });
  }
  const bodies = items.map((item) => createResponseRequestSchema.parse(item.payload.body));
  const first = bodies.find((body) =>
    body.responseSet.some((entry) => entry.answerValues.some((v) => v.value?.text === 'Amina')),
  );
  expect(first?.responseSet).toEqual(
    expect.arrayContaining([
      { questionID: 20000002, answerValues: [{ answerID: 200000021 }] },
      { questionID: 20000004, answerValues: [{ answerID: 200000041 }, { answerID: 200000043 }] },
      { questionID: 20000081, answerValues: [{ answerID: 200000813 }] },
      { questionID: 20000082, answerValues: [{ answerID: 200000821 }] },
      { questionID: 20000091, answerValues: [{ answerID: 200000911 }, { answerID: 200000913 }] },
      { questionID: 20000101, answerValues: [{ answerID: 100000001, value: { text: 'Amina' } }] },
      { questionID: 20000102, answerValues: [{ answerID: 100000003, value: { text: '+254 700 000 001' } }] },
    ]),
  );

  // The responses view lists them, searches them, and shows exactly what is sent.
  await page.getByRole('button', { name: /^Responses \(3\)/ }).click();
  await expect(page.getByTestId('response-count')).toHaveText('3 shown');
  await page.getByRole('searchbox', { name: 'Search' }).fill('joseph');
  await expect(page.getByTestId('response-count')).toHaveText('1 shown');
  await page.getByTestId('response-row').first().getByRole('button').click();
  await expect(page.getByTestId('detail-payload')).toContainText('"Joseph"');
  await expectAccessible(page, 'responses view');
  await expect(page.getByTestId('detail-payload')).toContainText('"externalReference"');

  // CSV of the survey: one row per response, formula-safe.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('combobox', { name: 'Survey' }).selectOption({ label: 'Household Water Access' });
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  // A CSV cannot be encrypted: the user is told so before it is saved.
  await expect(page.getByRole('group', { name: 'Save an unencrypted file' })).toContainText('not encrypted');
  await page.getByRole('button', { name: 'Save unencrypted CSV' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toContain('Q10_2 Phone');
  expect(csv).toContain("'+254 700 000 001");
  expect(csv).toContain('Drinking; Washing');

  // A backup restored onto the same data adds nothing.
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up all data' }).click();
  const encrypt = page.getByRole('form', { name: 'Encrypt the backup' });
  await encrypt.getByLabel('Backup passphrase').fill('field team backup 2026');
  await encrypt.getByLabel('The same passphrase again').fill('field team backup 2026');
  await encrypt.getByRole('button', { name: 'Save encrypted backup' }).click();
  const backup = await readFile(await (await backupDownload).path());
  expect(backup.toString('utf8')).toContain('outpost.encrypted-backup');
  expect(backup.toString('utf8')).not.toContain('+254');
  await page
    .getByLabel('Restore from backup')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  // A wrong passphrase is a clear error and changes nothing; the right one restores.
  const unlock = page.getByRole('form', { name: 'Open the backup' });
  await unlock.getByLabel('The backup’s passphrase').fill('not the right passphrase');
  await unlock.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase does not open this backup' })).toBeVisible();
  await unlock.getByLabel('The backup’s passphrase').fill('field team backup 2026');
  await unlock.getByRole('button', { name: 'Restore' }).click();
  await expect(
    page.getByText(
      'Restored 0 survey versions, 0 drafts, 0 responses, 0 outbox items, 0 roster lists, 0 respondents, 0 list memberships and 0 settings that were missing.',
    ),
  ).toBeVisible();
  expect((await readOutbox(page)).filter((item) => item.payload.kind === 'questionpro.create-response')).toHaveLength(
    3,
  );
});

test('a broken survey package is refused with a clear sentence and changes nothing', async ({ page }) => {
  await page.goto('/#/surveys');
  await page.evaluate(() => sessionStorage.clear());
  await page.getByLabel('Import a survey package').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"outpost.survey-package","version":7}'),
  });
  await expect(page.getByRole('alert')).toContainText('different version of Outpost');
  await page
    .getByLabel('Import a survey package')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('not JSON');
  await expect(page.getByRole('list', { name: 'Surveys on this laptop' })).toHaveCount(0);
});

test('a survey package imports offline, shows an unknown question type read-only, and exports the same survey back', async ({
  page,
}) => {
  const questions = [
    ...marketStallSurvey.questions.map((question) => questionOnTheWire(question)),
    {
      questionID: 39999999,
      blockID: marketStallSurvey.blocks[0]?.blockID,
      code: 'Q14',
      text: 'Photo of the stall',
      type: 'file_upload',
      orderNumber: 99,
      required: false,
    },
  ];
  const survey = toLocalSurvey(
    {
      accountId: 'offline-account',
      surveyId: marketStallSurvey.surveyID,
      name: marketStallSurvey.name,
      fetchedAt: 1_767_225_600_000,
    },
    { questions, blocks: marketStallSurvey.blocks, logicGraph: { paths: marketStallSurvey.logicGraph } },
  );
  const file = serializeSurveyPackage(survey, 1_767_225_700_000);

  await page.goto('/#/surveys');
  await page.evaluate(() => sessionStorage.clear());
  await page
    .getByLabel('Import a survey package')
    .setInputFiles({ name: 'market.outpost-survey.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText('Imported “Market Stall Census” (12 questions).')).toBeVisible();
  // The same package again changes nothing; the same version id with other questions is refused, not swapped in.
  await page
    .getByLabel('Import a survey package')
    .setInputFiles({ name: 'market.outpost-survey.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText(/is already here, with the same questions\. Nothing changed\./)).toBeVisible();
  const altered = serializeSurveyPackage({ ...survey, questions: survey.questions.slice(0, -1) }, 1_767_225_800_000);
  await page
    .getByLabel('Import a survey package')
    .setInputFiles({ name: 'altered.outpost-survey.json', mimeType: 'application/json', buffer: Buffer.from(altered) });
  await expect(page.getByRole('alert')).toContainText('already here has other questions');
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');

  const card = page.getByRole('listitem', { name: 'Market Stall Census' });
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export package' }).click();
  const exported = await (await downloading).path();
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({
    format: 'outpost.survey-package',
    version: 2,
    survey,
  });

  // Before the interview starts, the library says how many questions cannot be captured.
  await expect(card.getByTestId('uncapturable-count')).toHaveText(/^1 question of this survey cannot be captured/);
  await card.getByRole('button', { name: 'New response' }).click();
  const note = page.getByRole('note', { name: 'Question Q14 cannot be answered in Outpost' });
  await expect(note).toContainText('Outpost cannot capture this kind of question (“file_upload”)');
  // Every other type is there and labelled.
  const f = page.getByRole('form', { name: 'Response to Market Stall Census' });
  await expect(f.getByRole('combobox', { name: /Market/ })).toBeVisible();
  await expect(f.getByRole('checkbox', { name: 'Electronics' })).toBeVisible();
  await expect(f.getByRole('textbox', { name: 'Rice (1 kg): Wholesale' })).toBeVisible();
  await expect(f.getByRole('spinbutton', { name: /Value \(0 to 50\)/ })).toBeVisible();
  await expect(f.getByRole('combobox', { name: 'Rank for Theft' })).toBeVisible();
  await expect(f.getByRole('textbox', { name: 'Email Address' })).toBeVisible();

  // A draft can be deleted, after saying so.
  await f.getByRole('radio', { name: 'Nairobi' }).check();
  await f.getByRole('button', { name: 'Save draft and close' }).click();
  const draft = page.getByRole('region', { name: 'Drafts' }).getByTestId('draft');
  await expect(draft).toHaveCount(1);
  await draft.getByRole('button', { name: 'Delete' }).click();
  await expect(draft.getByText('Delete this draft and its answers?')).toBeVisible();
  await draft.getByRole('button', { name: 'Keep' }).click();
  await expect(draft).toHaveCount(1);
  await draft.getByRole('button', { name: 'Delete' }).click();
  await draft.getByRole('button', { name: 'Delete draft' }).click();
  await expect(draft).toHaveCount(0);
});
