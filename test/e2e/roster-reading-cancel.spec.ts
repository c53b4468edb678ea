import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { RESPONDENT_HEADER, validCells } from '../../bench/lib/respondent-csv';
import { readTable } from './support/app-database';
import { createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 18: Cancel works in every phase. Checking and storing are cancelled in
 * roster.spec.ts; this is the first phase, reading (the whole file is scanned
 * for its encoding before the columns can be mapped): the worker reading it
 * stops, the panel is back at the file chooser saying so, and nothing is stored.
 * (How fast each phase stops is measured by `npm run bench:import`.)
 */
const ROWS = 1_000_000;

test('a cancel while the file is being read stops the reading and stores nothing', async ({ page }) => {
  // About 50 MB: reading takes seconds, long enough to be cancelled halfway. Written line by line, from disk.
  const folder = mkdtempSync(join(tmpdir(), 'outpost-e2e-reading-'));
  const path = join(folder, 'large.csv');
  const out = createWriteStream(path);
  const write = async (line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${RESPONDENT_HEADER.join(',')}\r\n`);
  for (let index = 0; index < ROWS; index += 1) await write(`${validCells(index).join(',')}\r\n`);
  out.end();
  await once(out, 'finish');

  try {
    await page.goto('/#roster');
    const accountLabel = await usePracticeQmob(page);
    await createList(page, 'Big panel', '1004', { accountLabel });
    expect(page.workers()).toEqual([]);

    await page.getByLabel('Import a CSV file into Big panel').setInputFiles(path);
    await expect(page.getByText('Reading large.csv: Reading')).toBeVisible();
    // Halfway: some of the file read, not all of it.
    await expect(page.getByTestId('import-progress')).toContainText(/[1-9][\d.]* of [\d.]+ MB read/);
    await expect(page.getByTestId('import-progress')).not.toContainText(/(\d[\d.]*) of \1 MB read/);
    expect(page.workers()).toHaveLength(1);
    await page.getByRole('button', { name: 'Cancel import' }).click();

    await expect(page.getByRole('alert')).toHaveText('Reading the file was cancelled.');
    await expect(page.getByLabel('Import a CSV file into Big panel')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Map columns' })).toHaveCount(0);
    // The reading itself stopped: its worker is gone, not left scanning the rest of the file.
    await expect.poll(() => page.workers().length).toBe(0);
    for (const store of ['respondents', 'memberships', 'importRuns', 'importJournal'])
      expect(await readTable(page, store), store).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
