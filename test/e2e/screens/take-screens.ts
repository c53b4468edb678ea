/**
 * `npm run screens`: starts the browser host on a fresh data folder, prepares the Practice
 * workspace with data in every screen, and writes a PNG of every screen and dialog of the gallery
 * (test/e2e/support/gallery.ts) at each gallery viewport into screens/ (ignored by git).
 * Flags: --out DIR (default screens), --port N (default 5390).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { galleryScreens, galleryViewports, prepareGallery } from '../support/gallery';
import { startTypeScriptProcess, stopProcess } from '../support/processes';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'screens' }, port: { type: 'string', default: '5390' } },
});
const out = resolve(values.out);
const dataDir = mkdtempSync(join(tmpdir(), 'outpost-screens-'));
const host = await startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
  '--port',
  values.port,
  '--data-dir',
  dataDir,
]);
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
let written = 0;
try {
  const context = await browser.newContext({ baseURL: host.ready.url, viewport: galleryViewports[0] });
  const page = await context.newPage();
  await prepareGallery(page);
  for (const viewport of galleryViewports) {
    await page.setViewportSize(viewport);
    const folder = join(out, `${viewport.width}x${viewport.height}`);
    mkdirSync(folder, { recursive: true });
    for (const screen of galleryScreens) {
      await screen.open(page);
      await page.screenshot({ path: join(folder, `${screen.name}.png`) });
      written += 1;
    }
  }
  console.log(JSON.stringify({ written, folder: out }));
} finally {
  await browser.close();
  await stopProcess(host.child);
  rmSync(dataDir, { recursive: true, force: true });
}
