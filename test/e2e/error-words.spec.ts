import { expect, test, type Locator, type Page } from '@playwright/test';
import { practiceAccountCard, testConnection } from './support/settings-ui';

/**
 * The error catalogue speaks the interface's language: a refusal already on screen is said again in
 * the language just chosen, and the server's own words stay exactly as the server sent them.
 */
const WRONG_API_KEY = 'WRONG-KEY-5e1b07';

async function practiceQuestionPro(page: Page): Promise<Locator> {
  await page.goto('/#/settings');
  await expect(page.getByText('Loading accounts…')).toHaveCount(0);
  await page.getByRole('button', { name: 'Start practice workspace' }).click();
  await expect(page.getByTestId('practice-result')).toContainText('Practice: QuestionPro', { timeout: 30_000 });
  return practiceAccountCard(page, 'questionpro');
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
