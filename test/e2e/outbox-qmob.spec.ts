import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { RosterListRow } from '../../renderer/src/roster/rows';
import { addSandboxQmobAccount, removeAccount } from './support/accounts-in-page';
import { deleteRows, writeTable } from './support/app-database';
import { putOutboxItems, queuedNow, queuedQmobAdd } from './support/outbox-in-page';
import { startSandboxProcess } from './support/processes';

test('a QMob batch refused for a phone number names the respondent, is fixed, requeued and delivered', async ({
  page,
}) => {
  const sandbox = await startSandboxProcess(['--seed', '4']);
  try {
    await page.goto('/');
    const accountId = await addSandboxQmobAccount(page, sandbox, 'Outbox test QMob');

    const batch = queuedQmobAdd(accountId, 'Household list', [
      { username: 'amina.k', phonenumber: '+255700000101', sample_fields: [{ alias: 'site_code', value: 'K1' }] },
      { username: 'juma.m', phonenumber: '0700 12-34', sample_fields: [{ alias: 'site_code', value: 'K1' }] },
      { username: 'neema.s', email: 'neema@example.org', sample_fields: [{ alias: 'site_code', value: 'K2' }] },
    ]);
    await putOutboxItems(page, [batch]);
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Outbox/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();

    const refused = page.locator('[data-testid="outbox-row"][data-state="needs-attention"]');
    await expect(refused).toHaveCount(1, { timeout: 20_000 });
    await refused.click();
    const detail = page.getByTestId('outbox-detail');
    await expect(detail.getByTestId('problem')).toContainText('juma.m');
    await expect(detail.getByTestId('problem')).toContainText('only digits and +');
    await expect(detail).toContainText('Phone number not valid');

    const scan = await new AxeBuilder({ page }).analyze();
    const serious = scan.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    await detail.getByRole('button', { name: 'Edit and send again' }).click();
    // The phone field of the respondent the server named has the focus.
    const phone = page.locator(':focus');
    await expect(phone).toHaveValue('0700 12-34');
    // Chromium keeps what is typed into a field without autocomplete="off" in its profile, in plain text.
    const correction = page.getByRole('form', { name: 'Correct respondents' });
    await expect(correction.locator('input')).not.toHaveCount(0);
    await expect(correction.locator('input:not([autocomplete="off"])')).toHaveCount(0);
    // Saved as it is, the batch would be refused again: the roster's rules say why here, and nothing is queued.
    await correction.getByRole('group', { name: 'amina.k' }).getByLabel('E-mail').fill('amina@');
    await detail.getByRole('button', { name: 'Save and send again' }).click();
    await expect(correction.getByRole('group', { name: 'juma.m' }).getByRole('alert')).toContainText(
      'The phone number “0700 12-34” may only use digits 0-9 and +.',
    );
    await expect(correction.getByRole('group', { name: 'amina.k' }).getByRole('alert')).toContainText(
      'The e-mail address “amina@” is not valid.',
    );
    await expect(page.locator('[data-testid="outbox-row"]')).toHaveCount(1);
    await correction.getByRole('group', { name: 'amina.k' }).getByLabel('E-mail').fill('');
    await correction.getByRole('group', { name: 'juma.m' }).getByLabel('Phone number').fill('+255700001234');
    await detail.getByRole('button', { name: 'Save and send again' }).click();

    await expect(page.locator('[data-testid="outbox-row"][data-state="import-started"]')).toHaveCount(1, {
      timeout: 20_000,
    });
    await expect(page.locator('[data-testid="outbox-row"][data-state="replaced"]')).toHaveCount(1);

    await expect
      .poll(
        async () => {
          const state = await sandbox.state();
          const list = state.qmob.lists.find((candidate) => candidate.id === '1001');
          return ['amina.k', 'juma.m', 'neema.s'].every((name) => list?.members.includes(name));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const juma = (await sandbox.state()).qmob.respondents.find((respondent) => respondent.username === 'juma.m');
    expect(juma?.phonenumber).toBe('+255700001234');

    await removeAccount(page, accountId);
  } finally {
    await sandbox.stop();
  }
});

test('a delivered QMob copy keeps QMob’s own words, quoted and marked, in a history row that names the list as Outpost knows it', async ({
  page,
}) => {
  const sandbox = await startSandboxProcess(['--seed', '4']);
  try {
    await page.goto('/');
    const accountId = await addSandboxQmobAccount(page, sandbox, 'Copy words QMob');
    const listName = `Follow-up households ${String(Date.now() % 1_000_000)}`;
    const list: RosterListRow = {
      id: crypto.randomUUID(),
      accountId,
      groupId: '1002',
      name: listName,
      preview: false,
      previewMax: null,
      createdAt: Date.now(),
    };
    await writeTable(page, 'rosterLists', [list]);
    const copy = queuedNow({
      accountId,
      label: listName,
      payload: { kind: 'qmob.copy-respondents', listId: '1002', usernames: ['amina.k'] },
    });
    await putOutboxItems(page, [copy]);
    await page.goto('/#/outbox');
    const delivered = page.locator(`[data-testid="outbox-row"][data-state="delivered"]`, { hasText: listName });
    await expect(delivered).toHaveCount(1, { timeout: 20_000 });
    await delivered.click();
    const detail = page.getByTestId('outbox-detail');
    const history = detail.getByRole('table', { name: 'Attempts' });
    // QMob's sentence, verbatim and marked as the server's (never translated)…
    await expect(history.getByTestId('server-message')).toHaveText('Respondents copied to list 1002');
    await expect(history.getByTestId('server-message')).toHaveAttribute('translate', 'no');
    // …in a row that says which of Outpost's lists QMob's "1002" is.
    await expect(history.getByTestId('attempt-list')).toHaveText(`List: “${listName}”`);
    // The list's id is no "Server ID" of the copy: it stays under Technical details.
    await expect(detail.getByTestId('detail-server-id')).toHaveCount(0);
    await detail.getByText('Technical details').click();
    await expect(detail.getByTestId('detail-qmob-list-id')).toHaveText('1002');

    // Later tests share this host's data: the list goes with its account.
    await deleteRows(page, 'rosterLists', [list.id]);
    await removeAccount(page, accountId);
  } finally {
    await sandbox.stop();
  }
});
