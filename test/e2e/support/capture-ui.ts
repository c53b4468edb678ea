import { expect, type Locator, type Page } from '@playwright/test';
import { addSandboxQuestionProAccount } from './accounts-in-page';
import type { SandboxProcess } from './processes';

/** The steps of capture as a field worker takes them, shared by the specs, the gallery and the screens. */

/** The Practice survey most specs capture into; its questions are answered by answerWater. */
export const WATER = 'Household Water Access';

export interface PracticeAccounts {
  questionpro: string;
  qmob: string;
}

/**
 * Starts the Practice workspace in a fresh session (the page reloads to pick it up) and returns
 * the ids of its two accounts.
 */
export async function startPractice(page: Page): Promise<PracticeAccounts> {
  await page.goto('/#/surveys');
  await page.evaluate(() => sessionStorage.clear());
  return enterPractice(page);
}

/** startPractice for a page already open on the app (a host of the test's own). */
export async function enterPractice(page: Page): Promise<PracticeAccounts> {
  const practice = await page.evaluate(() => window.outpost?.operations['practice.start']({}));
  expect(practice?.ok, JSON.stringify(practice)).toBe(true);
  await page.reload();
  const ids = await page.evaluate(async () => {
    const listed = await window.outpost?.operations['accounts.list']({});
    const of = (kind: string): string =>
      (listed?.ok ? listed.value.find((account) => account.kind === kind && account.practice)?.id : undefined) ?? '';
    return { questionpro: of('questionpro'), qmob: of('qmob') };
  });
  expect(ids.questionpro).not.toBe('');
  return ids;
}

/**
 * Downloads surveys in "Get surveys": the ones named, or every one the account offers; returns
 * the names downloaded.
 */
export async function downloadSurveys(
  page: Page,
  options: { account?: string; only?: readonly string[] } = {},
): Promise<string[]> {
  const get = page.getByRole('region', { name: 'Get surveys' });
  await get
    .getByRole('combobox', { name: 'Account' })
    .selectOption({ label: options.account ?? 'Practice: QuestionPro' });
  await get.getByRole('button', { name: 'Show surveys' }).click();
  let names = options.only;
  if (!names) {
    const buttons = get.getByRole('button', { name: /^Download / });
    await expect(buttons.first()).toBeVisible({ timeout: 30_000 });
    names = (await buttons.evaluateAll((all) => all.map((b) => b.getAttribute('aria-label') ?? ''))).map((label) =>
      label.replace(/^Download /, ''),
    );
  }
  for (const name of names) {
    await get.getByRole('button', { name: `Download ${name}` }).click();
    await expect(get.getByText(`Downloaded “${name}”`)).toBeVisible({ timeout: 30_000 });
  }
  return [...names];
}

/** startPractice, then Household Water Access downloaded: where most capture specs begin. */
export async function startPracticeWithWater(page: Page): Promise<PracticeAccounts> {
  const accounts = await startPractice(page);
  await downloadSurveys(page, { only: [WATER] });
  return accounts;
}

/**
 * On a host of the test's own: a QuestionPro account on the sandbox ("Field QuestionPro") and
 * Household Water Access downloaded from it. Returns the account's id.
 */
export async function startWithSandboxWater(page: Page, hostUrl: string, sandbox: SandboxProcess): Promise<string> {
  await page.goto(`${hostUrl}#/surveys`);
  const accountId = await addSandboxQuestionProAccount(page, sandbox, 'Field QuestionPro');
  await page.reload();
  await downloadSurveys(page, { account: 'Field QuestionPro', only: [WATER] });
  return accountId;
}

/** The capture form of a survey. */
export const responseForm = (page: Page, survey = WATER): Locator =>
  page.getByRole('form', { name: `Response to ${survey}` });

/** Starts a new response from the survey's card in the library; returns its form. */
export async function newResponse(page: Page, survey = WATER): Promise<Locator> {
  await page.getByRole('listitem', { name: survey }).getByRole('button', { name: 'New response' }).click();
  const form = responseForm(page, survey);
  await expect(form).toBeVisible();
  return form;
}

/** Answers to the Household Water Access survey; a question left out stays unanswered. */
export interface WaterAnswers {
  source?: string;
  /** An option's label, or its place in the list (1 is the first region). */
  region?: string | number;
  uses?: readonly string[];
  village?: string;
  problems?: string;
  people?: string;
  runsOut?: string;
  looksDirty?: string;
  drySeason?: readonly string[];
  firstName?: string;
  phone?: string;
}

/** Answers what is given, in the form's order. */
export async function answerWater(form: Locator, answers: WaterAnswers): Promise<void> {
  const { source, region, uses = [], village, problems, people, runsOut, looksDirty, drySeason = [] } = answers;
  if (source !== undefined) await form.getByRole('radio', { name: source }).check();
  if (region !== undefined)
    await form
      .getByRole('combobox', { name: /Region/ })
      .selectOption(typeof region === 'number' ? { index: region } : { label: region });
  for (const use of uses) await form.getByRole('checkbox', { name: use }).check();
  if (village !== undefined) await form.getByRole('textbox', { name: /Village name/ }).fill(village);
  if (problems !== undefined) await form.getByRole('textbox', { name: /Describe any problems/ }).fill(problems);
  if (people !== undefined) await form.getByRole('textbox', { name: /How many people/ }).fill(people);
  if (runsOut !== undefined) await form.getByRole('radio', { name: `Water runs out: ${runsOut}` }).check();
  if (looksDirty !== undefined) await form.getByRole('radio', { name: `Water looks dirty: ${looksDirty}` }).check();
  for (const container of drySeason) await form.getByRole('checkbox', { name: `Dry season: ${container}` }).check();
  if (answers.firstName !== undefined) await form.getByRole('textbox', { name: 'First Name' }).fill(answers.firstName);
  if (answers.phone !== undefined) await form.getByRole('textbox', { name: 'Phone' }).fill(answers.phone);
}

/** The answers a finished response needs (every required question). */
export const requiredWaterAnswers = (firstName: string): WaterAnswers => ({
  source: 'Piped',
  region: '1. North',
  people: '5',
  runsOut: 'Often',
  firstName,
});

/** Finishes the response in the form; the library shows again, with its drafts. */
export async function finishResponse(page: Page, survey = WATER): Promise<void> {
  await responseForm(page, survey).getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
}
