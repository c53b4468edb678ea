import { expect, test, type Page } from '@playwright/test';
import { outboxStates, putOutboxItems, queuedNow } from './support/outbox-in-page';
import { createList, usePracticeQmob } from './support/roster-ui';
import { practiceAccountCard } from './support/settings-ui';

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

test('item 5: after a refused key the account card says what is wrong and offers the fix in place; restoring the Practice key is a button', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Start practice workspace' }).click();
  await expect(page.getByTestId('practice-result')).toContainText('Practice: QMob', { timeout: 30_000 });
  const card = practiceAccountCard(page, 'questionpro');
  const accountId = await page.evaluate(async () => {
    const listed = await window.outpost?.operations['accounts.list']({});
    return listed?.ok
      ? listed.value.find((account) => account.kind === 'questionpro' && account.practice)?.id
      : undefined;
  });
  if (!accountId) throw new Error('no Practice QuestionPro account');

  await card.getByRole('button', { name: /^Edit/ }).click();
  await card.getByLabel('API key', { exact: true }).fill('WRONG-KEY-item5');
  await card.getByRole('button', { name: 'Save changes' }).click();
  await expect(card.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await putOutboxItems(page, [
    queuedNow({
      accountId,
      label: 'Test Survey',
      payload: {
        kind: 'questionpro.create-response',
        surveyId: 7654321,
        responseId: 'item5-local',
        body: {
          responseStatus: 'Completed',
          responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
        },
      },
    }),
  ]);

  // Delivery is refused: the card shows it, names the account, and says what to do here, not "go to Settings".
  const trouble = card.getByTestId('account-trouble');
  await expect(trouble).toBeVisible({ timeout: 30_000 });
  await expect(trouble).toContainText('Sending to Practice: QuestionPro is paused.');
  await expect(trouble).toContainText('QuestionPro did not accept the API key.');
  await expect(trouble).toContainText('The server said: Incorrect API Key');
  await expect(card.getByTestId('account-secret')).toHaveText('Key stored, but the server refused it');
  await expect(page.locator('#main')).not.toContainText('Settings → Accounts');

  // The fix in place: the editor opens on the key's field.
  await trouble.getByRole('button', { name: 'Enter the API key' }).click();
  await expect(card.getByLabel('API key', { exact: true })).toBeFocused();
  await card.getByRole('button', { name: 'Cancel' }).click();

  // For Practice, the key it issued is one button away; sending resumes by itself.
  await card.getByTestId('account-trouble').getByRole('button', { name: 'Restore the Practice API key' }).click();
  await expect(page.getByTestId('accounts-notice')).toHaveText(
    'Restored the Practice API key of Practice: QuestionPro; sending resumes.',
  );
  await expect(card.getByTestId('account-trouble')).toHaveCount(0, { timeout: 30_000 });
  await expect(card.getByTestId('account-secret')).toHaveText('Key stored');
  await expect.poll(async () => outboxStates(page), { timeout: 30_000 }).toEqual({ delivered: 1 });
});
