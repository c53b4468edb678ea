import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The sandbox once sent question types QuestionPro does not have. No test, fixture or sandbox file
 * may use them as the current format again; the exceptions are the frozen copies of what older
 * Outpost versions stored (the schema-3 upgrade converts it) and wrote into backups (restore converts them).
 */
const root = join(import.meta.dirname, '..', '..', '..');
const LEGACY_FIXTURES = new Set([
  'test/fixtures/legacy/v2-local-survey.ts',
  'test/fixtures/backups/v1-before-search-words.json',
  'test/fixtures/backups/v1-with-search-words.json',
]);
const THIS_FILE = 'test/unit/foundation/no-invented-types.test.ts';
// Spelled in pieces, so this file does not match itself.
const invented = ['multiple_choice' + '_radio', 'matrix' + '_single', 'contact' + '_info\\b', 'text_single' + '_line'];
const pattern = new RegExp(invented.join('|'));

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('question types', () => {
  it('no test, fixture or sandbox file uses the invented type names', () => {
    const offenders = ['test', 'sandbox', 'bench']
      .flatMap((folder) => filesUnder(join(root, folder)))
      .map((path) => relative(root, path).split('\\').join('/'))
      .filter((path) => /\.(ts|tsx|json|md)$/.test(path) && !LEGACY_FIXTURES.has(path) && path !== THIS_FILE)
      .filter((path) => pattern.test(readFileSync(join(root, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
