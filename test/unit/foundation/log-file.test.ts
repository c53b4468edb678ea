import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLogFile } from '../../../main/logging/log-file';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the log file', () => {
  it('rotates while running, keeping the newest lines and never more than two files of bounded size', () => {
    folder = mkdtempSync(join(tmpdir(), 'outpost-log-'));
    const path = join(folder, 'outpost.log');
    const log = openLogFile(path, 1000);
    const lines = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`);
    for (const line of lines) log.write(line);
    log.close();

    expect(statSync(path).size).toBeLessThanOrEqual(1000);
    expect(statSync(`${path}.1`).size).toBeLessThanOrEqual(1000);
    const current = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(current.at(-1)).toBe(lines.at(-1));
    const previous = readFileSync(`${path}.1`, 'utf8').trimEnd().split('\n');
    // The two files hold an unbroken run of the newest lines.
    expect([...previous, ...current]).toEqual(lines.slice(lines.length - previous.length - current.length));
  });

  it('moves a file already too large aside at start-up', () => {
    folder = mkdtempSync(join(tmpdir(), 'outpost-log-'));
    const path = join(folder, 'outpost.log');
    writeFileSync(path, 'old\n'.repeat(400));
    const log = openLogFile(path, 1000);
    log.write('new');
    log.close();
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(existsSync(`${path}.1`)).toBe(true);
  });
});
