import { expect, type Page } from '@playwright/test';

/** Starts the practice workspace so a QMob account exists, and reloads so the Roster sees it. */
export async function usePracticeQmob(page: Page): Promise<string> {
  const started = await page.evaluate(() => window.outpost?.operations['practice.start']({}));
  if (!started?.ok) throw new Error(`Practice did not start: ${JSON.stringify(started)}`);
  await page.reload();
  return started.value.qmob.label;
}

/** Creates a respondent list through the Roster section's form, for the QMob account with this label. */
export async function createList(
  page: Page,
  name: string,
  groupId: string,
  options: { accountLabel: string; preview?: boolean },
): Promise<void> {
  const lists = page.getByRole('navigation', { name: 'Respondent lists' });
  await expect(lists).toBeVisible();
  const details = lists.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  const form = page.getByRole('form', { name: 'New list' });
  await form.getByLabel('List name').fill(name);
  await form.getByLabel('QMob list id (group_id)').fill(groupId);
  await form.getByLabel('QMob account').selectOption({ label: options.accountLabel });
  if (options.preview) await form.getByLabel('Preview list').check();
  await form.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible();
}

/** Declares one of the account's sample fields, as the sandbox company has them (a Practice account has them already). */
export async function addSampleField(
  page: Page,
  alias: string,
  type: 'Text' | 'Whole number',
  required: boolean,
): Promise<void> {
  const editor = page.locator('details', { hasText: 'Sample fields of ' });
  if ((await editor.getAttribute('open')) === null) await editor.locator('summary').click();
  if ((await editor.locator('code', { hasText: alias }).count()) > 0) return;
  await editor.getByLabel('Alias').fill(alias);
  await editor.getByLabel('Type').selectOption({ label: type });
  if (required) await editor.getByLabel('Required').check();
  else await editor.getByLabel('Required').uncheck();
  await editor.getByRole('button', { name: 'Add sample field' }).click();
  await expect(editor.locator('code', { hasText: alias })).toBeVisible();
}
