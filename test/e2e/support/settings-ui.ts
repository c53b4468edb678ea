import { expect, type Locator, type Page } from '@playwright/test';

/** Settings as a field worker uses it, shared by the specs. */

/** The card of the Practice workspace's account of this kind. */
export function practiceAccountCard(page: Page, kind: 'questionpro' | 'qmob'): Locator {
  return page
    .locator(`[data-testid="account-card"][data-kind="${kind}"]`)
    .filter({ has: page.getByTestId('practice-badge') });
}

/** Runs "Test connection" and waits for this run's answer (not an earlier one still on screen). */
export async function testConnection(card: Locator): Promise<Locator> {
  const result = card.getByTestId('connection-result');
  const runsBefore = Number(await result.getAttribute('data-completed-runs'));
  await card.getByRole('button', { name: /^Test connection/ }).click();
  await expect(result).toHaveAttribute('data-completed-runs', String(runsBefore + 1), { timeout: 30_000 });
  return result;
}
