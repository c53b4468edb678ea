import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Arabic turns the window right to left with <html dir="rtl">: that mirrors the layout only where
 * the stylesheets say start and end (margin-inline-start, text-align: start), never left and right.
 */
const renderer = resolve(import.meta.dirname, '../../../renderer/src');
const PHYSICAL =
  /\b(?:margin|padding|border)-(?:left|right)\b|\btext-align:\s*(?:left|right)\b|\bfloat:\s*(?:left|right)\b|(?:^|[\s;{])(?:left|right):/;

function cssFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('the stylesheets', () => {
  it('use logical properties only, so a right-to-left language mirrors the whole layout', () => {
    const physical = cssFiles(renderer).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), at: `${file.slice(renderer.length + 1)}:${index + 1}` }))
        .filter(({ line }) => PHYSICAL.test(line))
        .map(({ line, at }) => `${at} ${line}`),
    );
    expect(physical).toEqual([]);
  });
});
