import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isStructurallySame, parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

/** The catalogues: en.json is the source, extracted from the code; every other file is one language. */
const root = resolve(import.meta.dirname, '../../..');
const folder = join(root, 'renderer/src/i18n/catalogues');
const read = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;
const source = read('en.json');
const translations = readdirSync(folder).filter((file) => file.endsWith('.json') && file !== 'en.json');

describe('the source catalogue', () => {
  it('is exactly what the code declares (run `npm run i18n:extract` after changing a message)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outpost-extract-'));
    try {
      const out = join(dir, 'en.json');
      execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/@formatjs/cli/bin/formatjs'),
          'extract',
          'renderer/src/**/*.{ts,tsx}',
          'common/**/*.ts',
          'main/**/*.ts',
          '--format',
          'simple',
          '--throws',
          '--out-file',
          out,
        ],
        { cwd: root, stdio: 'pipe' },
      );
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(source);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds only valid ICU messages', () => {
    for (const [id, message] of Object.entries(source)) expect(() => parse(message), id).not.toThrow();
  });
});

describe('every translation', () => {
  it('exists for each language we ship', () => {
    expect(translations.sort()).toEqual(['ar.json', 'es.json', 'fr.json', 'pt.json', 'sw.json']);
  });

  for (const file of translations) {
    describe(file, () => {
      const catalogue = read(file);
      it('has every message of the source catalogue and no other', () => {
        expect(Object.keys(source).filter((id) => !(id in catalogue))).toEqual([]);
        expect(Object.keys(catalogue).filter((id) => !(id in source))).toEqual([]);
      });
      it('keeps each message’s placeholders, plurals and selects (it formats with the same values)', () => {
        const broken = Object.entries(catalogue).flatMap(([id, message]) => {
          const english = source[id];
          if (english === undefined) return [];
          const same = isStructurallySame(parse(english), parse(message));
          return same.success ? [] : [`${id}: ${same.error?.message ?? 'differs'}`];
        });
        expect(broken).toEqual([]);
      });
    });
  }
});
