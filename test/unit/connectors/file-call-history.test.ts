import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCallHistory } from '../../../main/connectors/limits/file-call-history';

describe('FileCallHistory', () => {
  it('keeps the finish times across instances, as across app restarts', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'outpost-history-')), 'rate-limits', 'acct.json');
    const first = new FileCallHistory(file);
    first.save([1, 2, 3]);
    first.save([2, 3, 4]);
    first.flush();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([2, 3, 4]);
    expect(new FileCallHistory(file).load()).toEqual([2, 3, 4]);
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
