import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real Electron shell. These machines cannot download Electron, so this
 * runs only where a binary is provided through ELECTRON_OVERRIDE_DIST_PATH
 * (the folder holding the `electron` executable) and says so when it skips.
 */
const distPath = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
const executable = distPath ? join(distPath, process.platform === 'win32' ? 'electron.exe' : 'electron') : undefined;
const available = executable !== undefined && existsSync(executable);

test.describe('Electron shell', () => {
  test.skip(
    !available,
    'Skipped: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to a folder with one).',
  );

  test('loads the renderer from app://outpost with the bridge and the hardening in force', async () => {
    const app = await electron.launch({ executablePath: executable, args: ['.'], cwd: process.cwd() });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/outpost\//);

      const info = await page.evaluate(() => window.outpost?.operations['app.info']({}));
      expect(info).toMatchObject({ ok: true, value: { name: 'Outpost', host: 'electron' } });

      const exposure = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        opened: window.open('https://example.com') === null,
      }));
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', opened: true });
    } finally {
      await app.close();
    }
  });
});
