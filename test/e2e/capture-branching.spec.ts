import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Ajv from 'ajv';
import type { QuestionProAccount } from '../../common/accounts/index';
import { createResponseSuccessJsonSchema } from '../../common/questionpro/json-schemas';
import { downloadSurveys, startPractice } from './support/capture-ui';
import { outboxStates } from './support/outbox-in-page';

/**
 * Issue 11 in the browser host, on the Practice workspace: a branching survey captured in a
 * right-to-left language along two routes, and a survey with questions Outpost cannot capture.
 */

const FARM = 7654324;
const hostDataFolder = resolve(import.meta.dirname, '../../.tmp/e2e-host-data');

interface StoredResponse {
  externalReference: string;
  language: string;
  responseSet: Array<{ questionID: number; answerValues: Array<{ answerID: number; value: { text: string } }> }>;
}

/** The seed's response schema (as transcribed in common/), custom1-5 widened to strings for the enumerator/device IDs. */
function responseValidator() {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>);
  ajv.addFormat('ipv4', /^(\d{1,3})(\.\d{1,3}){3}$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  const schema = structuredClone(createResponseSuccessJsonSchema) as unknown as {
    properties: { response: { properties: { customVariables: { properties: Record<string, { type: unknown }> } } } };
  };
  for (const variable of Object.values(schema.properties.response.properties.customVariables.properties)) {
    variable.type = ['string', 'null'];
  }
  return ajv.compile(schema);
}

/** What the Practice sandbox stored, asked over HTTPS with the practice account's own address, key and CA. */
async function practiceResponses(page: Page, surveyId: number): Promise<StoredResponse[]> {
  const listed = await page.evaluate(() => window.outpost?.operations['accounts.list']({}));
  if (!listed?.ok) throw new Error('accounts.list failed');
  const account = listed.value.find(
    (candidate): candidate is QuestionProAccount => candidate.kind === 'questionpro' && candidate.practice,
  );
  if (!account || !('customBaseUrl' in account.location)) throw new Error('no practice QuestionPro account');
  const secrets = JSON.parse(await readFile(join(hostDataFolder, 'browser-host-secrets.json'), 'utf8')) as Record<
    string,
    string
  >;
  const apiKey = secrets[account.id];
  if (!apiKey) throw new Error('no stored key for the practice account');
  const base = account.location.customBaseUrl.replace(/\/+$/, '');
  return new Promise((resolvePromise, reject) => {
    const req = request(
      `${base}/surveys/${surveyId}/responses?perPage=100`,
      { headers: { 'api-key': apiKey }, ca: account.extraCaPem ?? undefined },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolvePromise(
            (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { response: StoredResponse[] }).response,
          ),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function startInArabic(page: Page): Promise<void> {
  const card = page.getByRole('listitem', { name: 'Farm Livelihoods' });
  await expect(card.getByTestId('branching-unavailable')).toHaveCount(0);
  await card.getByRole('combobox', { name: 'Interview language' }).selectOption({ label: 'Arabic' });
  await card.getByRole('button', { name: 'New response' }).click();
}

const farmForm = (page: Page) => page.getByRole('form', { name: 'Response to Farm Livelihoods' });
const next = (page: Page) => farmForm(page).getByRole('button', { name: 'Next section' }).click();

test('a branching survey in Arabic: each route stores only its own sections, in Arabic, valid as the seed says', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await startPractice(page);
  await downloadSurveys(page, { only: ['Farm Livelihoods'] });
  const before = (await practiceResponses(page, FARM)).map((response) => response.externalReference);

  // Route 1 (not a farming household): About → Other income → Closing; Crops and Livestock are skipped.
  await startInArabic(page);
  const f = farmForm(page);
  await expect(f).toHaveAttribute('dir', 'rtl');
  await f.getByRole('radio', { name: 'نعم' }).check();
  await f.getByRole('textbox', { name: /كم عدد أفراد الأسرة/ }).fill('5');
  await next(page);
  await f.getByRole('checkbox', { name: 'الذرة', exact: true }).check();
  // The interviewer switches language mid-interview: the answers stay.
  const language = page.getByRole('combobox', { name: 'Interview language' });
  await language.selectOption({ label: 'English' });
  await expect(f.getByRole('checkbox', { name: 'Maize' })).toBeChecked();
  await expect(f).toHaveAttribute('dir', 'ltr');
  await language.selectOption({ label: 'Arabic' });
  await expect(f.getByRole('checkbox', { name: 'الذرة', exact: true })).toBeChecked();
  // Back to the first section: the household does not farm after all.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /About the household/ })
    .click();
  await f.getByRole('radio', { name: 'لا' }).check();
  await expect(page.getByTestId('off-route-notice')).toContainText(
    '1 answer is in sections this route no longer visits. They stay in the draft but will not be sent.',
  );
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button')).toHaveText([
    /About the household/,
    /Other income/,
    /Closing/,
  ]);
  await next(page);
  await f.getByRole('textbox', { name: /ما هو مصدر الدخل الرئيسي/ }).fill('تجارة');
  await next(page);
  await f.getByRole('textbox', { name: /هل تود إضافة شيء آخر/ }).fill('شكرا لكم');
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();

  // Route 2 (a farming household): About → Crops → Livestock → Closing; Other income is skipped.
  await startInArabic(page);
  await f.getByRole('radio', { name: 'نعم' }).check();
  await next(page);
  await f.getByRole('checkbox', { name: 'الفاصوليا' }).check();
  await f.getByRole('spinbutton', { name: /Value \(0 to 20\)/ }).fill('3');
  const scan = await new AxeBuilder({ page }).analyze();
  expect(
    scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    'right-to-left form with a slider',
  ).toEqual([]);
  await next(page);
  await f.getByRole('radio', { name: 'لا' }).check();
  await next(page);
  await f.getByRole('button', { name: 'Finish response' }).click();
  await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();

  // Both reach the Practice sandbox.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Outbox/ })
    .click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(2);
  const stored = (await practiceResponses(page, FARM)).filter(
    (response) => !before.includes(response.externalReference),
  );
  expect(stored).toHaveLength(2);
  const valid = responseValidator();
  for (const response of stored) {
    expect(valid({ response }), JSON.stringify(valid.errors)).toBe(true);
    expect(response.language).toBe('Arabic');
  }
  const sets = stored.map((response) => response.responseSet.map((entry) => entry.questionID));
  expect(sets).toContainEqual([40000001, 40000002, 40000006, 40000007]);
  expect(sets).toContainEqual([40000001, 40000003, 40000004, 40000005]);
  const first = stored.find((response) => response.responseSet.some((entry) => entry.questionID === 40000006));
  expect(first?.responseSet.find((entry) => entry.questionID === 40000006)?.answerValues[0]?.value.text).toBe('تجارة');
});

test('a survey with questions Outpost cannot capture says how many before starting, and shows them read-only', async ({
  page,
}) => {
  await startPractice(page);
  await downloadSurveys(page, { only: ['Clinic Visit Log'] });
  const card = page.getByRole('listitem', { name: 'Clinic Visit Log' });
  await expect(card.getByTestId('uncapturable-count')).toHaveText(
    '2 questions of this survey cannot be captured in Outpost; they are shown read-only and stay unanswered.',
  );
  await card.getByRole('button', { name: 'New response' }).click();
  const f = page.getByRole('form', { name: 'Response to Clinic Visit Log' });
  const dateNote = f.getByRole('note', { name: 'Question Q2 cannot be answered in Outpost' });
  await expect(dateNote).toContainText('When did the visit start?');
  await expect(dateNote).toContainText('(“date_time”)');
  const lookupNote = f.getByRole('note', { name: 'Question Q3 cannot be answered in Outpost' });
  await expect(lookupNote).toContainText('Amoxicillin');
  // Read-only: nothing inside either can be filled in.
  await expect(dateNote.locator('input, select, textarea')).toHaveCount(0);
  await expect(lookupNote.locator('input, select, textarea')).toHaveCount(0);
  await expect(f.getByRole('radio', { name: 'Yes' })).toBeVisible();
  await expect(page.getByTestId('draft-progress')).toHaveText(/^0 of 2 questions answered/);
});
