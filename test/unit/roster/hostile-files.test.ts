import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../renderer/src/roster/import/inspect-file';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { safeCell, toCsv } from '../../../common/capture/csv';
import { restoreNeutralised, toCsvText } from '../../../common/roster/csv-export';
import { ACCOUNT, freshDatabase, importText, utf8 } from './support';

/** Issue 18: files tried through the real UI that were imported wrongly or without a word. */
let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';

describe('ragged rows are problem rows, not guessed', () => {
  it('a row with more cells than the header names its row and both counts, and nothing of it is cut and stored', async () => {
    ({ db } = await freshDatabase());
    const outcome = await importText(db, utf8(`${header}\nok,+1,,S1,30\nkenya,+2,,Lives in Nairobi, Kenya,40\n`));
    expect(outcome.stored).toBe(1);
    expect(outcome.rejectedRows).toBe(1);
    const problem = outcome.violations.find((v) => v.row === 3);
    expect(problem).toMatchObject({ rule: 'csv-ragged-row', severity: 'error' });
    expect(problem?.message).toContain('6 cells');
    expect(problem?.message).toContain('header has 5');
    expect(await db.respondents.get(`${ACCOUNT}:kenya`)).toBeUndefined();
  });

  it('a row with fewer cells than the header is reported with its counts', async () => {
    ({ db } = await freshDatabase());
    const outcome = await importText(db, utf8(`${header}\nok,+1,,S1,30\nshort,+2,,S2\n`));
    expect(outcome.violations).toMatchObject([{ row: 3, rule: 'csv-ragged-row' }]);
    expect(outcome.violations[0]?.message).toMatch(/4 cells but the header has 5/);
    expect(outcome.stored).toBe(1);
  });
});

describe('encodings are reported, not guessed away', () => {
  it('one stray Windows-1252 byte in a UTF-8 file: read as UTF-8, accented names intact, the byte reported', async () => {
    ({ db } = await freshDatabase());
    const good = new TextEncoder().encode(`${header}\nzoe,+1,,Zoë Adams,30\nrene,+2,,René,31\n`);
    // "Mü" with ü as the single Windows-1252 byte 0xFC: not valid UTF-8.
    const stray = new Uint8Array([...new TextEncoder().encode('mu,+3,,M'), 0xfc, ...new TextEncoder().encode(',32\n')]);
    const file = new Blob([good, stray]);
    const inspected = await inspectFile(file);
    expect(inspected.ok && inspected.value).toMatchObject({ encoding: 'utf-8', invalidBytes: 1 });
    const outcome = await importText(db, file);
    expect(outcome).toMatchObject({ encoding: 'utf-8', stored: 2, rejectedRows: 1 });
    expect((await db.respondents.get(`${ACCOUNT}:zoe`))?.sampleFields['site_code']).toBe('Zoë Adams');
    expect(outcome.violations).toMatchObject([{ row: 4, rule: 'text-invalid-bytes', column: 'site_code' }]);
    expect(await db.respondents.get(`${ACCOUNT}:mu`)).toBeUndefined();
  });

  it('the user may choose the encoding; the preview shows the names as they would be stored', async () => {
    const file = new Blob([new TextEncoder().encode(`${header}\nzoe,+1,,Zoë,30\n`)]);
    const chosen = await inspectFile(file, { encoding: 'windows-1252' });
    expect(chosen.ok && chosen.value).toMatchObject({ encoding: 'windows-1252', chosen: true });
    expect(chosen.ok && chosen.value.sampleRows[0]?.[3]).toBe('ZoÃ«');
  });
});

describe('archives and spreadsheet binaries are refused whatever the name', () => {
  /** An uncompressed ("stored") ZIP of a CSV: the CSV's text sits in the file as is. */
  function storedZip(name: string, content: string): Blob {
    const data = new TextEncoder().encode(content);
    const nameBytes = new TextEncoder().encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 10, true);
    view.setUint32(18, data.length, true);
    view.setUint32(22, data.length, true);
    view.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    return new Blob([local, data]);
  }
  const rows = Array.from({ length: 2000 }, (_, i) => `z${i},+${i},,S,${i}`).join('\n');

  it.each([
    ['an uncompressed zip renamed .csv', storedZip('respondents.csv', `${header}\n${rows}\n`)],
    [
      'an .xls workbook',
      new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), utf8(`${header}\n${rows}`)]),
    ],
    ['a gzip file', new Blob([new Uint8Array([0x1f, 0x8b, 8, 0]), utf8(`${header}\n${rows}`)])],
  ])('%s', async (_name, file) => {
    ({ db } = await freshDatabase());
    const inspected = await inspectFile(file);
    expect(inspected.ok).toBe(false);
    expect(!inspected.ok && inspected.error.message).toMatch(/not a CSV table, whatever its name says/);
    await expect(importText(db, file)).rejects.toThrow();
    expect(await db.respondents.count()).toBe(0);
  });
});

describe('a file with a header and no rows', () => {
  it('says the file has no rows instead of "0 respondents stored"', async () => {
    ({ db } = await freshDatabase());
    const inspected = await inspectFile(utf8(`${header}\n`));
    expect(inspected.ok).toBe(false);
    expect(!inspected.ok && inspected.error.message).toMatch(/no respondents under it/);
  });
});

describe('exports a spreadsheet cannot be tricked by', () => {
  it('a cell starting with NUL is neutralised, and comes back as it was', () => {
    const text = toCsvText([['\u0000=HYPERLINK("http://x")']]);
    expect(text).toBe('"\'\u0000=HYPERLINK(""http://x"")"\r\n');
    expect(restoreNeutralised("'\u0000=1")).toBe('\u0000=1');
  });

  it('a formula hidden after ";" stays inside its quoted cell, in the roster and the responses CSV', () => {
    expect(toCsvText([['Nairobi;=1+2', 'x']])).toBe('"Nairobi;=1+2",x\r\n');
    expect(toCsv([['Nairobi;=1+2', 'x']])).toBe('"Nairobi;=1+2",x\r\n');
    expect(safeCell('\u0000@SUM(A1)')).toBe("'\u0000@SUM(A1)");
  });

  it('the problems report carries the BOM the other CSV exports carry', async () => {
    ({ db } = await freshDatabase());
    const outcome = await importText(db, utf8(`${header}\nok,+1,,S1,30\nbad name,+2,,S2,31\n`));
    const bytes = new Uint8Array(await outcome.report.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('username-characters');
  });
});

describe('usernames', () => {
  it('have a length limit, reported without repeating a 100,000-character name in full', async () => {
    ({ db } = await freshDatabase());
    const long = 'a'.repeat(100_000);
    const outcome = await importText(db, utf8(`${header}\n${long},+1,,S1,30\nok,+2,,S,\n`));
    expect(outcome.stored).toBe(1);
    const [problem] = outcome.violations;
    expect(problem).toMatchObject({ row: 2, rule: 'username-too-long' });
    expect(problem?.message.length).toBeLessThan(200);
  });
});
