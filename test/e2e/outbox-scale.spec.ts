import { expect, test } from '@playwright/test';
import { queue } from '../../common/outbox/transitions';
import { putOutboxItems } from './support/outbox-in-page';

const ITEMS = 20_000;

test('an outbox of 20,000 items renders only what is on screen, scrolls to the end and filters', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/outbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  // Pause first, so this test's made-up account is never sent anything.
  await page.getByRole('button', { name: 'Pause sending' }).click();
  await expect(page.getByRole('button', { name: 'Resume sending' })).toBeVisible();

  const base = Date.now() - ITEMS;
  const items = Array.from({ length: ITEMS }, (_, index) => ({
    ...queue(
      {
        accountId: 'scale-test',
        label: index === 0 ? 'Oldest survey' : `Survey ${index}`,
        payload: { kind: 'qmob.remove-respondents', listId: String(index), usernames: [`resp.${index}`] },
      },
      base + index,
      crypto.randomUUID(),
    ),
    state: index % 10 === 0 ? ('needs-attention' as const) : ('delivered' as const),
  }));
  for (let start = 0; start < ITEMS; start += 5_000) await putOutboxItems(page, items.slice(start, start + 5_000));
  await page.reload();

  const list = page.getByTestId('outbox-list');
  await expect(list).toHaveAttribute('aria-label', `Outbox items (${ITEMS.toLocaleString('en')})`, { timeout: 30_000 });
  expect(await page.getByTestId('outbox-row').count()).toBeLessThan(60);

  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(page.getByTestId('outbox-row').filter({ hasText: 'Oldest survey' })).toBeVisible();
  expect(await page.getByTestId('outbox-row').count()).toBeLessThan(60);

  await page.getByLabel('State').selectOption('needs-attention');
  await expect(list).toHaveAttribute('aria-label', `Outbox items (${(ITEMS / 10).toLocaleString('en')})`);
  await page.getByLabel('Search').fill('resp.19990');
  await expect(list).toHaveAttribute('aria-label', 'Outbox items (1)');
  await page.getByTestId('outbox-row').click();
  await expect(page.getByTestId('detail-state')).toHaveText('Needs attention');
  await page.getByRole('button', { name: 'Resume sending' }).click();
});
