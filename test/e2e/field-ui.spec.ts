import { expect, test, type Page } from '@playwright/test';
import { addSandboxQmobAccount, removeAccount } from './support/accounts-in-page';
import { downloadSurveys, startPractice } from './support/capture-ui';
import { outboxStates, putOutboxItems, queuedQmobAdd } from './support/outbox-in-page';
import { startSandboxProcess } from './support/processes';
import { createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 14 in the browser host, on the Practice workspace: what a field worker meets on day one
 * on a small laptop screen.
 */

const viewports = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;

/**
 * Why the focused element is not fully visible, or null when it is: it must lie inside the
 * window and nothing else (a sticky bar, the status bar) may be painted over any of its corners.
 */
function focusedVisibility(): string | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const rect = element.getBoundingClientRect();
  const describe = (): string =>
    `${element.tagName.toLowerCase()} “${element.getAttribute('aria-label') ?? (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null) ?? element.closest('label')?.textContent ?? element.textContent ?? ''}”`.slice(
      0,
      120,
    );
  if (rect.width === 0 || rect.height === 0) return null;
  if (rect.top < 0 || rect.left < 0 || rect.bottom > window.innerHeight || rect.right > window.innerWidth) {
    return `${describe()} is outside the window (${Math.round(rect.top)}–${Math.round(rect.bottom)} of ${window.innerHeight})`;
  }
  const inset = 1;
  const points: Array<[number, number]> = [
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
    [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2],
  ];
  for (const [x, y] of points) {
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit === element || element.contains(hit) || hit.contains(element)) continue;
    const over = hit.closest('[class]')?.className ?? hit.tagName;
    return `${describe()} is covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit.tagName.toLowerCase()} in “${over}”`;
  }
  return null;
}

/** Tabs from the first control of the capture form to its last; every stop must be fully visible. */
async function tabThroughSection(page: Page, where: string): Promise<void> {
  await page.locator('.capture-form').evaluate((form) => {
    form
      .querySelector<HTMLElement>(
        'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])',
      )
      ?.focus();
  });
  for (let step = 0; step < 400; step += 1) {
    expect(await page.evaluate(focusedVisibility), `${where}, tab stop ${step}`).toBeNull();
    const last = await page.evaluate(() => document.activeElement?.hasAttribute('data-finalize') ?? false);
    if (last) return;
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement?.closest('.capture-form') !== null);
    if (!inside) throw new Error(`${where}: focus left the form before its last button`);
  }
  throw new Error(`${where}: more than 400 tab stops`);
}

for (const viewport of viewports) {
  test(`item 1: tabbing through every Practice survey's form at ${viewport.width}×${viewport.height} never hides the focused field`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await startPractice(page);
    const names = await downloadSurveys(page);
    expect(names.length).toBeGreaterThanOrEqual(4);
    const tabbed: string[] = [];
    for (const name of names) {
      // A branching survey is walked twice, first choices then last choices, so every route's sections are tabbed.
      const seen = new Set<string>();
      for (const pick of ['first', 'last'] as const) {
        await page.getByRole('listitem', { name }).getByRole('button', { name: 'New response' }).click();
        const form = page.getByRole('form', { name: `Response to ${name}` });
        await expect(form).toBeVisible();
        let sections = 0;
        for (; sections < 12; sections += 1) {
          const heading = form.locator('.section-title');
          const title = (await heading.count()) > 0 ? ((await heading.textContent()) ?? '') : 'the form';
          if (!seen.has(title)) await tabThroughSection(page, `${name}, ${title}`);
          seen.add(title);
          // Answer the choices that decide the route, then go on while there is a next section.
          await form.evaluate((element, which) => {
            const groups = new Map<string, HTMLInputElement[]>();
            for (const radio of element.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
              groups.set(radio.name, [...(groups.get(radio.name) ?? []), radio]);
            }
            for (const radios of groups.values()) (which === 'first' ? radios[0] : radios[radios.length - 1])?.click();
          }, pick);
          const forward = form.getByRole('button', { name: 'Next section' });
          if (!(await forward.isVisible())) break;
          await forward.click();
        }
        await form.getByRole('button', { name: 'Save draft and close' }).click();
        await expect(page.getByRole('region', { name: 'Drafts' })).toBeVisible();
        if (sections === 0) break;
      }
      tabbed.push(...[...seen].map((title) => `${name}: ${title}`));
    }
    expect(tabbed).toEqual(expect.arrayContaining(['Farm Livelihoods: Other income', 'Farm Livelihoods: Crops']));
  });
}

for (const viewport of viewports) {
  test(`item 4: the status bar belongs to the window at ${viewport.width}×${viewport.height}, whatever the section's length`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await startPractice(page);
    await downloadSurveys(page);
    const bar = page.getByRole('contentinfo', { name: 'Status' });
    for (const section of ['surveys', 'roster', 'outbox', 'settings']) {
      await page.goto(`/#/${section}`);
      await expect(bar).toBeVisible();
      // The page itself never scrolls; the section does, between header and status bar.
      await page.locator('#main').evaluate((main) => main.scrollTo({ top: main.scrollHeight }));
      const placement = await bar.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return {
          bottom: Math.round(rect.bottom),
          windowHeight: window.innerHeight,
          pageScrolls: document.documentElement.scrollHeight > window.innerHeight,
        };
      });
      expect(placement, section).toEqual({
        bottom: placement.windowHeight,
        windowHeight: viewport.height,
        pageScrolls: false,
      });
    }
    // The Surveys section with every Practice survey downloaded is longer than the window: it scrolls inside.
    await page.goto('/#/surveys');
    expect(await page.locator('#main').evaluate((main) => main.scrollHeight > main.clientHeight)).toBe(true);
  });
}

test('item 3: a refused QMob batch says so in the roster; once discarded its respondents can be sent again, and editing one queues it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/roster');
  const qmob = await usePracticeQmob(page);
  await createList(page, 'Village round', '1001', { accountLabel: qmob });
  // Without site_code declared nothing stops the import, but the Practice server refuses the batch.
  const fields = page.locator('details', { hasText: 'Sample fields of Practice: QMob' });
  await fields.locator('summary').click();
  await fields.getByRole('button', { name: 'Remove sample field site_code' }).click();
  await expect(fields.locator('code', { hasText: 'site_code' })).toHaveCount(0);
  const csv = ['username,phonenumber', 'vr001,+255700000301', 'vr002,+255700000302', 'vr003,+255700000303'].join(
    '\r\n',
  );
  await page
    .getByLabel('Import a CSV file into Village round')
    .setInputFiles({ name: 'round.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'utf8') });
  await page.getByRole('region', { name: 'Map columns' }).getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('3 respondents stored', { timeout: 30_000 });

  // The Practice server requires site_code, which these respondents lack: QMob refuses the batch.
  await page.getByText(/^Send to QMob/).click();
  await page.getByRole('button', { name: 'Queue 3 respondents for QMob' }).click();
  await expect.poll(async () => (await outboxStates(page))['needs-attention'] ?? 0, { timeout: 30_000 }).toBe(1);
  const table = page.getByRole('table', { name: 'Respondents of Village round' });
  const stateOf = (username: string) => table.getByRole('row').filter({ hasText: username }).getByRole('cell').nth(5);
  await expect(stateOf('vr001')).toHaveText('Needs attention: see Outbox');

  // Discarded in the Outbox: the roster offers them again.
  await page.goto('/#/outbox');
  await page.locator('[data-testid="outbox-row"][data-state="needs-attention"]').click();
  await page.getByTestId('outbox-detail').getByRole('button', { name: 'Discard…' }).click();
  await page.getByRole('button', { name: 'Save a copy and discard' }).click();
  await expect.poll(async () => (await outboxStates(page))['discarded'] ?? 0).toBe(1);
  await page.goto('/#/roster');
  await expect(stateOf('vr002')).toHaveText('Not queued yet (its batch was discarded)');
  await expect(page.getByText(/^Send to QMob/)).toHaveText('Send to QMob (3 not queued yet)');

  // Editing one queues it (alone); the others stay ready for the next send.
  await table.getByRole('button', { name: 'Edit vr001' }).click();
  await page.getByLabel('Phone number').fill('+255700000399');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('roster-message')).toContainText('Saved vr001.');
  await expect.poll(async () => Object.values(await outboxStates(page)).reduce((a, b) => a + b, 0)).toBe(2);
  await expect(stateOf('vr001')).not.toHaveText(/Not queued yet/);
  await expect(page.getByText(/^Send to QMob/)).toHaveText('Send to QMob (2 not queued yet)');
});

test('item 7: after a QMob add, the outbox says plainly that “Import started” is the end state and why', async ({
  page,
}) => {
  const sandbox = await startSandboxProcess(['--seed', '4']);
  try {
    await page.goto('/');
    const accountId = await addSandboxQmobAccount(page, sandbox, 'Import note QMob');
    const batch = queuedQmobAdd(accountId, 'Household list', [
      { username: 'amina.k', phonenumber: '+255700000101', sample_fields: [{ alias: 'site_code', value: 'K1' }] },
    ]);
    await putOutboxItems(page, [batch]);
    await page.goto('/#/outbox');
    await page.reload();
    const started = page.locator('[data-testid="outbox-row"][data-state="import-started"]');
    await expect(started).toHaveCount(1, { timeout: 20_000 });
    await started.click();
    await expect(page.getByTestId('import-started-note')).toContainText(
      'reports the import’s final result only to a callback web address, which an app on a laptop cannot receive',
    );
    await removeAccount(page, accountId);
  } finally {
    await sandbox.stop();
  }
});
