import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { putOutboxItems, queuedQmobAdd } from './support/outbox-in-page';

/**
 * Issue 12: files that leave the laptop unencrypted say so before they are
 * saved. The outbox's exports hold what is to be sent (respondents' names,
 * phone numbers): the export of selected items and the copy kept when an item
 * is discarded both say it, as the CSV exports do.
 */
const PHONE = '+255700000555';

test('outbox exports (selected items, the copy kept on discard) say they are unencrypted before saving', async ({
  page,
}) => {
  await page.goto('/');
  const item = queuedQmobAdd('e2e-account-that-is-not-here', 'Unencrypted export check', [
    { username: 'plain.export', phonenumber: PHONE, sample_fields: [{ alias: 'site_code', value: 'P1' }] },
  ]);
  await putOutboxItems(page, [item]);
  await page.goto('/#/outbox');
  await page.reload();
  const row = page.getByTestId('outbox-row').filter({ hasText: 'Unencrypted export check' });
  await expect(row).toHaveCount(1, { timeout: 20_000 });

  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Export 1 selected' }).click();
  const warning = page.getByRole('group', { name: 'Save an unencrypted file' });
  await expect(warning).toContainText('This JSON file is not encrypted');
  const exported = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Save unencrypted JSON' }).click();
  const text = await readFile(await (await exported).path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject([{ id: item.id }]);
  expect(text).toContain(PHONE);

  await row.locator('.outbox-row-select').click();
  await page.getByTestId('outbox-detail').getByRole('button', { name: 'Discard…' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    'The copy is not encrypted: anyone who gets the file can read what it holds.',
  );
  const copy = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy and discard' }).click();
  expect(await readFile(await (await copy).path(), 'utf8')).toContain(item.id);
});
