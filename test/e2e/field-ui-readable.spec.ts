import { expect, test, type Page } from '@playwright/test';
import { outboxStates } from './support/outbox-in-page';
import { createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 14 on the Practice workspace, the parts about fixing what a server refused where it is
 * shown and about reading names rather than ids.
 */

async function importCsv(page: Page, listName: string, lines: readonly string[]): Promise<void> {
  await page.getByLabel(`Import a CSV file into ${listName}`).setInputFiles({
    name: 'round.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
  });
}

async function sampleFieldsEditor(page: Page) {
  const editor = page.locator('details', { hasText: 'Sample fields of Practice: QMob' });
  if ((await editor.getAttribute('open')) === null) await editor.locator('summary').click();
  return editor;
}

test('item 6: the Practice QMob account has the site_code field its server requires; a column “Site code” feeds it and the first send is accepted', async ({
  page,
}) => {
  await page.goto('/#/roster');
  const qmob = await usePracticeQmob(page);
  await createList(page, 'Sites', '1001', { accountLabel: qmob });
  const editor = await sampleFieldsEditor(page);
  await expect(editor.locator('summary')).toHaveText('Sample fields of Practice: QMob (3)');
  await expect(editor.getByRole('listitem').filter({ hasText: 'site_code' })).toContainText('text, required');

  await importCsv(page, 'Sites', ['Username,Phone,Site code', 'st001,+255700000401,K1', 'st002,+255700000402,K2']);
  const mapping = page.getByRole('region', { name: 'Map columns' });
  await expect(mapping.getByLabel('Field for column Site code')).toHaveValue('sample:site_code');
  await mapping.getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('2 respondents stored', { timeout: 30_000 });
  await page.getByText(/^Send to QMob/).click();
  await page.getByRole('button', { name: 'Queue 2 respondents for QMob' }).click();
  await expect.poll(async () => outboxStates(page), { timeout: 30_000 }).toEqual({ 'import-started': 1 });
});

test('item 2: a refusal about a missing sample field is fixed in “Edit and send again”, which shows the sample fields', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/roster');
  const qmob = await usePracticeQmob(page);
  await createList(page, 'Without sites', '1001', { accountLabel: qmob });
  // An account whose fields were never declared here: nothing stops the import, the server refuses.
  const editor = await sampleFieldsEditor(page);
  await editor.getByRole('button', { name: 'Remove sample field site_code' }).click();
  await expect(editor.locator('summary')).toHaveText('Sample fields of Practice: QMob (2)');
  await importCsv(page, 'Without sites', [
    'username,phonenumber',
    'ws001,+255700000501',
    'ws002,+255700000502',
    'ws003,+255700000503',
  ]);
  await page.getByRole('region', { name: 'Map columns' }).getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('3 respondents stored', { timeout: 30_000 });
  await page.getByText(/^Send to QMob/).click();
  await page.getByRole('button', { name: 'Queue 3 respondents for QMob' }).click();
  await expect.poll(async () => (await outboxStates(page))['needs-attention'] ?? 0, { timeout: 30_000 }).toBe(1);

  await page.goto('/#/outbox');
  await page.locator('[data-testid="outbox-row"][data-state="needs-attention"]').click();
  const detail = page.getByTestId('outbox-detail');
  await expect(detail).toContainText('site_code');
  await detail.getByRole('button', { name: 'Edit and send again' }).click();
  const correction = page.getByRole('form', { name: 'Correct respondents' });
  // Every respondent shows the field the server asked for, the first culprit's is focused.
  await expect(correction.getByRole('group', { name: 'ws001' }).getByLabel('site_code')).toBeFocused();
  await correction.getByRole('group', { name: 'ws001' }).getByLabel('site_code').fill('K7');
  const fill = correction.getByRole('group', { name: 'Fill in site_code for every respondent' });
  await fill.getByLabel('Value of site_code for the 2 respondents without one').fill('K9');
  await fill.getByRole('button', { name: 'Fill in' }).click();
  await expect(correction.getByRole('group', { name: 'ws003' }).getByLabel('site_code')).toHaveValue('K9');
  await expect(correction.getByRole('group', { name: 'ws001' }).getByLabel('site_code')).toHaveValue('K7');
  await correction.getByRole('button', { name: 'Save and send again' }).click();
  // The correction replaces the refused batch and the server accepts it.
  await expect.poll(async () => outboxStates(page), { timeout: 30_000 }).toEqual({ replaced: 1, 'import-started': 1 });
});
