import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The error catalogue speaks the interface's language: a refusal already on screen is said again in
 * the language just chosen, and the server's own words stay exactly as the server sent them.
 */
const WRONG_API_KEY = 'WRONG-KEY-5e1b07';

async function testConnection(card: Locator): Promise<Locator> {
  const result = card.getByTestId('connection-result');
  const runsBefore = Number(await result.getAttribute('data-completed-runs'));
  await card.getByRole('button', { name: /^Test connection/ }).click();
  await expect(result).toHaveAttribute('data-completed-runs', String(runsBefore + 1), { timeout: 30_000 });
  return result;
}

async function practiceQuestionPro(page: Page): Promise<Locator> {
  await page.goto('/#/settings');
  await expect(page.getByText('Loading accounts…')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start practice workspace' }).click();
  await expect(page.getByTestId('practice-result')).toContainText('Practice: QuestionPro', { timeout: 30_000 });
  return page
    .locator('[data-testid="account-card"][data-kind="questionpro"]')
    .filter({ has: page.getByTestId('practice-badge') });
}

test('a refused API key is explained in the chosen language, the server’s words verbatim', async ({ page }) => {
  const card = await practiceQuestionPro(page);
  await card.getByRole('button', { name: /^Edit/ }).click();
  await card.getByLabel('API key', { exact: true }).fill(WRONG_API_KEY);
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(card.getByRole('button', { name: 'Save changes' })).toHaveCount(0);

  const failed = await testConnection(card);
  await expect(failed).toHaveAttribute('data-phase', 'failed');
  await expect(failed).toContainText('QuestionPro did not accept the API key.');

  await page.getByTestId('language-picker').selectOption('fr');
  await expect(failed).toContainText('QuestionPro n’a pas accepté la clé d’API.');
  await expect(failed).not.toContainText('did not accept');
  await expect(failed.getByTestId('server-message')).toHaveText('Incorrect API Key');

  await page.getByTestId('language-picker').selectOption('ar');
  await expect(failed).toContainText('لم يقبل QuestionPro مفتاح API.');
  await expect(failed.getByTestId('server-message')).toHaveText('Incorrect API Key');

  await page.getByTestId('language-picker').selectOption('system');
  await expect(failed).toContainText('QuestionPro did not accept the API key.');
});
