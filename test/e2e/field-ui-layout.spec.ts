import { expect, test, type Locator, type Page } from '@playwright/test';
import { newResponse, startPracticeWithWater } from './support/capture-ui';

/**
 * Issue 14's "Ugly" list, where it is about layout: the favicon, a tab opening at its top, and the
 * capture form's buttons staying put when a message appears beside them. (Cut texts and panes
 * wider than the window are judged on every screen of the gallery, in gallery.spec.ts.)
 */

const viewports = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;

const mainScrollTop = (page: Page): Promise<number> => page.locator('#main').evaluate((main) => main.scrollTop);

test('the app has an icon: the page names one and it is served (no favicon 404)', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const href = await page.locator('link[rel="icon"]').evaluate((link) => (link as HTMLLinkElement).href);
  const icon = await page.request.get(href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/^image\/png/);
  expect((await icon.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(failed).toEqual([]);
});

test('a tab opens at its top, not at the scroll position the previous tab was left at', async ({ page }) => {
  // A short window (a laptop with the window not maximised): both tabs are longer than it, so a kept position would show.
  await page.setViewportSize({ width: 1024, height: 450 });
  await startPracticeWithWater(page);
  const main = page.locator('#main');
  const scrollToEnd = async (): Promise<void> => {
    const room = await main.evaluate((element) => element.scrollHeight - element.clientHeight);
    expect(room, 'the tab is longer than the window').toBeGreaterThan(200);
    await main.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => mainScrollTop(page)).toBeGreaterThan(200);
  };

  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: /^Settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await scrollToEnd();
  await nav.getByRole('link', { name: /^Surveys/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeInViewport();
  expect(await mainScrollTop(page)).toBe(0);

  // By the keyboard too (Alt+4), and focus is on the new section.
  await scrollToEnd();
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeInViewport();
  expect(await mainScrollTop(page)).toBe(0);
  await expect(main).toBeFocused();
});

interface Box {
  x: number;
  width: number;
  height: number;
}

async function boxesOf(buttons: Locator): Promise<Box[]> {
  return buttons.evaluateAll((all) =>
    all.map((button) => {
      const box = button.getBoundingClientRect();
      return { x: Math.round(box.x), width: Math.round(box.width), height: Math.round(box.height) };
    }),
  );
}

test('the capture form’s buttons keep their size, their one line and their place when a message shows beside them', async ({
  page,
}) => {
  await startPracticeWithWater(page);
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    const form = await newResponse(page);
    const buttons = page.locator('.form-actions > button');
    await expect(buttons).toHaveCount(3);
    const before = await boxesOf(buttons);
    const lineHeight = await buttons.first().evaluate((button) => parseFloat(getComputedStyle(button).lineHeight));

    await form.getByRole('button', { name: 'Finish response' }).click();
    const outcome = page.locator('.form-actions .outcome');
    await expect(outcome).toHaveText(/need attention before this response can be finished/);
    const where = `${viewport.width}×${viewport.height}`;
    expect(await boxesOf(buttons), where).toEqual(before);
    // Each label on one line: no taller than one line plus the button's padding and border.
    for (const box of before) expect(box.height, where).toBeLessThan(lineHeight * 2);
    // The message wraps in its own room, inside the bar.
    const bar = await page.locator('.form-actions').boundingBox();
    const message = await outcome.boundingBox();
    expect(message && bar && message.x >= bar.x && message.x + message.width <= bar.x + bar.width + 1, where).toBe(
      true,
    );

    await form.getByRole('button', { name: 'Save draft and close' }).click();
    await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
  }
});
