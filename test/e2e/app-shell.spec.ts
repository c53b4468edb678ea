import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const sections = ['Surveys', 'Roster', 'Outbox', 'Settings'] as const;

test('visits every section, reads app.info through the bridge, and passes an accessibility scan', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Sections' });

  for (const name of sections) {
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(nav.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'page');

    const scan = await new AxeBuilder({ page }).analyze();
    const serious = scan.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(
      serious.map((violation) => `${violation.id}: ${violation.help}`),
      `${name} section`,
    ).toEqual([]);
  }

  // Settings shows what app.info returned over the bridge from the Node-side services.
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(page.getByTestId('app-data-folder')).toContainText('e2e-host-data');

  // And the raw call through window.outpost returns the contract's envelope.
  const info = await page.evaluate(() => window.outpost?.operations['app.info']({}));
  expect(info).toMatchObject({ ok: true, value: { name: 'Outpost', host: 'browser', platform: 'linux' } });
});

test('a call with invalid input comes back as a readable error envelope, not an exception', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(() =>
    (window.outpost?.operations['app.info'] as unknown as (input: unknown) => Promise<unknown>)({ unexpected: 1 }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
});

test('sections are reachable from the keyboard alone', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  // From a fresh page, Tab reaches the skip link and then the section links, with a visible outline.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText(/Surveys/);
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();

  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
});

test('the status bar says honestly what it knows', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText(/Online|Offline/);
  await expect(page.getByTestId('queue-counts')).toHaveText('Outbox: 0 waiting to send, 0 need attention');
});

test("the bridge refuses a socket without this run's token", async ({ page, baseURL }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async (url) => {
    const socketUrl = `${url.replace('http', 'ws')}__outpost/bridge?token=wrong`;
    return new Promise<string>((resolve) => {
      const socket = new WebSocket(socketUrl);
      socket.onopen = () => resolve('opened');
      socket.onerror = () => resolve('refused');
    });
  }, baseURL ?? '');
  expect(outcome).toBe('refused');
});
