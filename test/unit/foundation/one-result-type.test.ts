import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * common/result.ts is the one result type. A review once found a dozen hand-made
 * `{ ok: true, … } | { ok: false, … }` shapes beside it (form outcomes, file inspections, backup
 * migrations, JSON parsing, the transport); this keeps new ones from creeping back. A file may
 * spell the shape itself only where it is named below, with the reason.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const PRODUCT_FOLDERS = ['common', 'main', 'preload', 'renderer/src', 'sandbox'];

const ALLOWED: Readonly<Record<string, string>> = {
  'common/result.ts': 'the type and its helpers themselves',
};

// Spelled in pieces, so no product file can copy the pattern and this file does not match itself.
const handMadeResult = new RegExp(['\\bok', '\\s*:\\s*', '(true|false)\\b'].join(''));

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const productFiles = PRODUCT_FOLDERS.flatMap((folder) => filesUnder(join(root, folder)))
  .map((path) => relative(root, path).split('\\').join('/'))
  .filter((path) => /\.(ts|tsx)$/.test(path));

const spellsTheShape = (path: string): boolean => handMadeResult.test(readFileSync(join(root, path), 'utf8'));

describe('one result type', () => {
  it('no product file outside the allowlist spells `ok: true` / `ok: false` itself (use ok, fail, failWith)', () => {
    expect(productFiles.length).toBeGreaterThan(100);
    expect(productFiles.filter((path) => !(path in ALLOWED) && spellsTheShape(path))).toEqual([]);
  });

  it('every allowlisted file still needs its place (a converted file leaves the list)', () => {
    expect(Object.keys(ALLOWED).filter((path) => !productFiles.includes(path) || !spellsTheShape(path))).toEqual([]);
  });

  it('the pattern finds the shape however it is spaced, in a type or a value', () => {
    for (const text of ['{ ok: true, value }', '{ok:false}', 'readonly ok : true;', 'ok: false as const']) {
      expect(handMadeResult.test(text), text).toBe(true);
    }
    for (const text of ['result.ok ? 1 : 2', '{ looksOk: true }', 'ok(value)', "status: 'ok'"]) {
      expect(handMadeResult.test(text), text).toBe(false);
    }
  });
});
