import { expect, test } from '@playwright/test';

test.describe('an Arabic computer', () => {
  test.use({ locale: 'ar-EG' });

  test('opens Outpost in Arabic, right to left, with the OS’s Arabic digits', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar-EG');
    const nav = page.getByRole('navigation', { name: 'الأقسام' });
    await expect(nav.getByRole('link', { name: /^الإعدادات/ })).toBeVisible();
    await expect(page.getByTestId('queue-counts')).toContainText('٠');
  });
});

test('the language picker applies at once, is remembered, and can follow the computer again', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  await page.getByTestId('language-picker').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByTestId('language-picker').selectOption('ar');
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible();
  await expect(page.getByTestId('language-picker')).toHaveValue('ar');

  await page.getByTestId('language-picker').selectOption('system');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
