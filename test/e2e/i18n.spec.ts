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

test.describe('an English computer', () => {
  test.use({ locale: 'en-US' });

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
    // Arabic on this English (en-US) computer: Arabic-Indic digits, the script's own and what most Arabic
    // readers write; Chromium's plain "ar" would write Latin ones (see WITHOUT_COUNTRY in locale-choice.ts).
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar-u-nu-arab');
    await expect(page.getByTestId('queue-counts')).toContainText('٠');
    await expect(page.getByTestId('queue-counts')).not.toContainText(/[0-9]/);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'الإعدادات' })).toBeVisible();
    await expect(page.getByTestId('language-picker')).toHaveValue('ar');

    await page.getByTestId('language-picker').selectOption('system');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });
});
