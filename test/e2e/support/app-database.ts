import { build } from 'esbuild';
import type { Page } from '@playwright/test';

/**
 * Rows in the app's IndexedDB are sealed, so tests read and write them through
 * the app's own database class in the page (bundled here, injected with
 * page.evaluate, which the page's CSP does not govern). The marker test in
 * encryption-at-rest.spec.ts is the one that looks at the raw bytes.
 */
let bundle: Promise<string> | undefined;

function bundleText(): Promise<string> {
  bundle ??= build({
    entryPoints: [new URL('./app-database-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles[0];
    if (!output) throw new Error('The in-page database helper could not be built');
    return output.text;
  });
  return bundle;
}

/** Makes globalThis.outpostTestDatabase available in the page. */
export async function injectAppDatabase(page: Page): Promise<void> {
  const present = await page.evaluate(() => 'outpostTestDatabase' in globalThis);
  if (!present) await page.evaluate(await bundleText());
}

export interface InPageDatabase {
  read(table: string): Promise<unknown[]>;
  write(table: string, rows: unknown[]): Promise<void>;
  remove(table: string, ids: string[]): Promise<void>;
}

/** Every row of one of the app's tables, opened. */
export async function readTable(page: Page, table: string): Promise<unknown[]> {
  await injectAppDatabase(page);
  return page.evaluate(
    (name) => (globalThis as unknown as { outpostTestDatabase: InPageDatabase }).outpostTestDatabase.read(name),
    table,
  );
}

/** Deletes rows by id, as the app would. */
export async function deleteRows(page: Page, table: string, ids: readonly string[]): Promise<void> {
  await injectAppDatabase(page);
  await page.evaluate(
    ([name, keys]) =>
      (globalThis as unknown as { outpostTestDatabase: InPageDatabase }).outpostTestDatabase.remove(name, keys),
    [table, [...ids]] as [string, string[]],
  );
}

/** Stores rows as the app would: sealed. */
export async function writeTable(page: Page, table: string, rows: readonly unknown[]): Promise<void> {
  await injectAppDatabase(page);
  await page.evaluate(
    ([name, values]) =>
      (globalThis as unknown as { outpostTestDatabase: InPageDatabase }).outpostTestDatabase.write(name, values),
    [table, [...rows]] as [string, unknown[]],
  );
}
