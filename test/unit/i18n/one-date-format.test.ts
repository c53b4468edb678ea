import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dates and times are written for people in one place, renderer/src/i18n/format.ts, so two dates
 * side by side are never in two formats (the field walk saw "1 Dec 2026, 14:48" beside "12/1/2026, 2:48:03 PM").
 * Any other way of turning an instant into text for the screen fails here.
 */
const renderer = resolve(import.meta.dirname, '../../../renderer/src');
const FORMATTER = join(renderer, 'i18n/format.ts');
const OWN_FORMATTING =
  /\.toLocale(?:Date|Time)?String\(|\.formatDate\(|\.formatTime\(|\.formatDateTimeRange\(|new Intl\.DateTimeFormat\(|Intl\.DateTimeFormat\([^)]*\)\.format|\{\s*\w+\s*,\s*(?:date|time)\b/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|json)$/.test(entry.name) ? [path] : [];
  });
}

describe('dates on screen', () => {
  it('go through the one formatter (i18n/format.ts), never their own toLocaleString or Intl call', () => {
    const own = sourceFiles(renderer)
      .filter((file) => file !== FORMATTER)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line: line.trim(), at: `${file.slice(renderer.length + 1)}:${index + 1}` }))
          // A number written for people (toLocaleString on a count) is not a date.
          .filter(
            ({ line }) => OWN_FORMATTING.test(line) && !/\b(?:fitting|count|rows|size)\.toLocaleString/.test(line),
          )
          .map(({ line, at }) => `${at} ${line}`),
      );
    expect(own).toEqual([]);
  });
});
