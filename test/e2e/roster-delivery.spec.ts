import { expect, test } from '@playwright/test';
import { generateRespondentCsv } from '../../bench/lib/respondent-csv';
import { addSandboxQmobAccount, removeAccount } from './support/accounts-in-page';
import { outboxStates } from './support/outbox-in-page';
import { startSandboxProcess } from './support/processes';
import { addSampleField, createList } from './support/roster-ui';

test('980 imported respondents reach the QMob sandbox; a copy of 10 and a removal of 5 leave its memberships as in Outpost', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const sandbox = await startSandboxProcess(['--seed', '8']);
  try {
    await page.goto('/#roster');
    const accountId = await addSandboxQmobAccount(page, sandbox, 'Roster delivery');
    await page.reload();

    await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
    await createList(page, 'Second', '1002', { accountLabel: 'Roster delivery' });
    await createList(page, 'Field respondents', '1001', { accountLabel: 'Roster delivery' });
    await addSampleField(page, 'site_code', 'Text', true);
    await addSampleField(page, 'age', 'Whole number', false);
    await addSampleField(page, 'household_size', 'Whole number', false);

    const generated = generateRespondentCsv(1000, 20);
    await page
      .getByLabel('Import a CSV file into Field respondents')
      .setInputFiles({ name: 'respondents.csv', mimeType: 'text/csv', buffer: Buffer.from(generated.text, 'utf8') });
    await page.getByRole('region', { name: 'Map columns' }).getByRole('button', { name: 'Import respondents' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText('980 respondents stored (980 new). 20 rows rejected.', {
      timeout: 30_000,
    });

    await page.getByText(/^Send to QMob/).click();
    await page.getByLabel('Respondents per batch').fill('300');
    await page.getByRole('button', { name: 'Queue 980 respondents for QMob' }).click();
    await expect(page.getByTestId('roster-message')).toHaveText('Queued 980 respondents for QMob in 4 batches.');

    const ours = new Set(generated.validUsernames);
    const membersOf = async (listId: string): Promise<string[]> =>
      ((await sandbox.state()).qmob.lists.find((list) => list.id === listId)?.members ?? []).filter((name) =>
        ours.has(name),
      );
    await expect.poll(async () => (await outboxStates(page))['import-started'] ?? 0, { timeout: 60_000 }).toBe(4);
    await expect.poll(async () => (await membersOf('1001')).length, { timeout: 60_000 }).toBe(980);

    const copied = generated.validUsernames.slice(0, 10);
    for (const username of copied) await page.getByLabel(`Select ${username}`).check();
    await page.getByLabel('Copy to').selectOption({ label: 'Second' });
    await page.getByRole('button', { name: 'Copy selected' }).click();
    await expect(page.getByTestId('roster-message')).toHaveText('Copied 10 respondents to Second.');

    await page.getByRole('button', { name: 'Clear selection' }).click();
    const removed = copied.slice(0, 5);
    for (const username of removed) await page.getByLabel(`Select ${username}`).check();
    await page.getByRole('button', { name: 'Remove selected from this list' }).click();
    await expect(page.getByTestId('roster-message')).toHaveText('Removed 5 respondents from Field respondents.');

    await expect.poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 60_000 }).toBe(2);
    expect((await membersOf('1002')).sort()).toEqual([...copied].sort());
    const first = await membersOf('1001');
    expect(first).toHaveLength(975);
    expect(first.some((name) => removed.includes(name))).toBe(false);
    await removeAccount(page, accountId);
  } finally {
    await sandbox.stop();
  }
});
