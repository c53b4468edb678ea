import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCallHistory } from '../../../main/connectors/limits/file-call-history';

describe('FileCallHistory', () => {
  const calls = (...times: number[]) => times.map((at) => ({ startedAt: at, finishedAt: at + 1 }));

  it('keeps recent calls across instances, as across app restarts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outpost-history-')), 'rate-limits', 'acct.json');
    const first = new FileCallHistory(file);
    first.save(calls(1, 2, 3));
    first.save(calls(2, 3, 4));
    first.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(calls(2, 3, 4));
    expect(new FileCallHistory(file).load()).toEqual(calls(2, 3, 4));
  });

  it('writes a call ahead at once, without waiting for the coalescing timer', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outpost-history-')), 'rate-limits', 'acct.json');
    new FileCallHistory(file).writeAhead([{ startedAt: 5, finishedAt: null }]);
    expect(new FileCallHistory(file).load()).toEqual([{ startedAt: 5, finishedAt: null }]);
  });

  it('reads the older file of finish times', () => {
    const folder = mkdtempSync(join(tmpdir(), 'outpost-history-'));
    writeFileSync(join(folder, 'old.json'), '[7, 8]');
    expect(new FileCallHistory(join(folder, 'old.json')).load()).toEqual([
      { startedAt: 7, finishedAt: 7 },
      { startedAt: 8, finishedAt: 8 },
    ]);
  });

  it('reads a damaged or missing file as no recent calls', () => {
    const folder = mkdtempSync(join(tmpdir(), 'outpost-history-'));
    writeFileSync(join(folder, 'broken.json'), '[1, 2,');
    writeFileSync(join(folder, 'wrong.json'), '{"calls": 3}');
    expect(new FileCallHistory(join(folder, 'broken.json')).load()).toEqual([]);
    expect(new FileCallHistory(join(folder, 'wrong.json')).load()).toEqual([]);
    expect(new FileCallHistory(join(folder, 'none.json')).load()).toEqual([]);
  });
});
