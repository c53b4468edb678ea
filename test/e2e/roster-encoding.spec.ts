import { expect, test } from '@playwright/test';
import { readTable } from './support/app-database';
import { addSampleField, createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 18 through the Roster screen: one stray Windows-1252 byte in a UTF-8
 * file no longer turns every accented name into mojibake; the byte is reported,
 * the user can pick the encoding and sees the names as they would be stored
 * before anything is; a file with a header and no rows says so.
 */
test('a stray invalid byte is reported, the encoding can be chosen with a preview, and only valid rows are stored', async ({
  page,
}) => {
  await page.goto('/#roster');
  const accountLabel = await usePracticeQmob(page);
  await createList(page, 'Accents', '1005', { accountLabel });
  await addSampleField(page, 'site_code', 'Text', true);
  const input = page.getByLabel('Import a CSV file into Accents');
  const good = Buffer.from('username,phonenumber,email,site_code\nzoe,+1,,Zoë Adams\nrene,+2,,René\n', 'utf8');
  // "Mü" with ü as the one Windows-1252 byte 0xFC: not valid UTF-8.
  const stray = Buffer.concat([Buffer.from('mu,+3,,M', 'utf8'), Buffer.from([0xfc]), Buffer.from('\n', 'utf8')]);
  await input.setInputFiles({ name: 'accents.csv', mimeType: 'text/csv', buffer: Buffer.concat([good, stray]) });

  const mapping = page.getByRole('region', { name: 'Map columns' });
  await expect(mapping).toContainText('Read as UTF-8');
  await expect(mapping.getByTestId('invalid-bytes')).toContainText('1 byte is not valid UTF-8');
  await expect(mapping.getByRole('row', { name: /^site_code/ })).toContainText('Zoë Adams');

  // Choosing Windows-1252 shows, before anything is stored, what it would make of the names.
  await mapping.getByLabel('Text encoding').selectOption({ label: 'Windows-1252 (Western European)' });
  await expect(mapping).toContainText('(as you chose)');
  await expect(mapping.getByRole('row', { name: /^site_code/ })).toContainText('ZoÃ« Adams');
  expect(await readTable(page, 'respondents')).toEqual([]);
  await mapping.getByLabel('Text encoding').selectOption({ label: 'UTF-8' });
  await expect(mapping.getByRole('row', { name: /^site_code/ })).toContainText('Zoë Adams');

  await mapping.getByRole('button', { name: 'Import respondents' }).click();
  await expect(page.getByTestId('import-summary')).toHaveText('2 respondents stored (2 new). 1 row rejected.');
  await expect(page.getByRole('table', { name: 'Problems by row' }).locator('tbody tr')).toHaveText([
    /^4site_code.*not valid UTF-8/,
  ]);
  const stored = (await readTable(page, 'respondents')) as { username: string; sampleFields: Record<string, string> }[];
  expect(stored.map((r) => [r.username, r.sampleFields['site_code']]).sort()).toEqual([
    ['rene', 'René'],
    ['zoe', 'Zoë Adams'],
  ]);
  await page.getByRole('button', { name: 'Close' }).click();

  // A header and no rows: said as such, not "0 respondents stored".
  await input.setInputFiles({
    name: 'empty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('username,phonenumber,email,site_code\n', 'utf8'),
  });
  await expect(page.getByRole('alert')).toContainText('no respondents under it');
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
});
