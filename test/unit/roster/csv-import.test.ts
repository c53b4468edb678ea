import { afterEach, describe, expect, it } from 'vitest';
import { inspectFile } from '../../../renderer/src/roster/import/inspect-file';
import { runImport } from '../../../renderer/src/roster/import/run-import';
import { suggestMapping } from '../../../common/roster/column-mapping';
import { CsvRecordStream } from '../../../renderer/src/roster/import/csv-stream';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { ACCOUNT, freshDatabase, importText, sampleFields, utf16, utf8, utf8Bom, windows1252 } from './support';

let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';
const accented = `${header}\r\nrene,+331,rené@exämple.fr,Zürich Süd,41\r\nbea,,beatriz@example.es,São Tomé,\r\n`;

describe('encodings', () => {
  const cases: [string, Blob, string][] = [
    ['UTF-8', utf8(accented), 'utf-8'],
    ['UTF-8 with BOM', utf8Bom(accented), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(accented, 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(accented, 'be'), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(accented, 'le', false), 'utf-16le'],
    ['Windows-1252', windows1252(accented), 'windows-1252'],
  ];
  it.each(cases)('%s: decoded, and accents survive', async (_name, file, encoding) => {
    ({ db } = await freshDatabase());
    const inspected = await inspectFile(file);
    expect(inspected.ok && inspected.value.encoding).toBe(encoding);
    expect(inspected.ok && inspected.value.headers).toEqual(header.split(','));
    const outcome = await importText(db, file);
    expect(outcome).toMatchObject({ encoding, stored: 2, rejectedRows: 0 });
    const rene = await db.respondents.get(`${ACCOUNT}:rene`);
    expect(rene).toMatchObject({ email: 'rené@exämple.fr', sampleFields: { site_code: 'Zürich Süd', age: '41' } });
    expect((await db.respondents.get(`${ACCOUNT}:bea`))?.sampleFields['site_code']).toBe('São Tomé');
  });

  it('a multi-byte character split across read slices is decoded whole', async () => {
    ({ db } = await freshDatabase());
    // Rows of "é" push a 2-byte character across the 1 MiB slice boundary somewhere.
    const rows = Array.from({ length: 30_000 }, (_, i) => `user${i},+${i},,Sé${'é'.repeat(i % 7)},${i}`);
    const outcome = await importText(db, utf8(`${header}\n${rows.join('\n')}\n`));
    expect(outcome).toMatchObject({ stored: 30_000, rejectedRows: 0, encoding: 'utf-8' });
    expect((await db.respondents.get(`${ACCOUNT}:user29999`))?.sampleFields['site_code']).toBe(
      `Sé${'é'.repeat(29999 % 7)}`,
    );
  });
});

describe('delimiters', () => {
  it.each([[','], [';'], ['\t'], ['|']])('detects %j', async (delimiter) => {
    ({ db } = await freshDatabase());
    const text = [header, 'a1,+1,,S1,1', 'a2,,a2@x.org,S2,', 'a3,+3,a3@x.org,S3,3']
      .map((line) => line.replaceAll(',', delimiter))
      .join('\n');
    const outcome = await importText(db, utf8(text));
    expect(outcome).toMatchObject({ delimiter, stored: 3, rejectedRows: 0 });
  });
});

describe('CSV shapes', () => {
  it('quoted fields with delimiters, quotes and line breaks, even across slices', async () => {
    ({ db } = await freshDatabase());
    const text = `${header}\n"q1","+1",,"Site, ""North""\nBlock 2",5\nq2,+2,,plain,6\n`;
    const outcome = await importText(db, utf8(text));
    expect(outcome).toMatchObject({ stored: 2, rejectedRows: 0 });
    expect((await db.respondents.get(`${ACCOUNT}:q1`))?.sampleFields['site_code']).toBe('Site, "North"\nBlock 2');

    // The same record cut at every position by the streaming parser still comes out whole.
    for (let cut = 1; cut < text.length; cut += 1) {
      const stream = new CsvRecordStream({ delimiter: ',', newline: '\n' });
      const records = [
        ...stream.push(text.slice(0, cut), false),
        ...stream.push(text.slice(cut), false),
        ...stream.push('', true),
      ];
      expect(
        records.map((r) => r.cells[3]),
        `cut at ${cut}`,
      ).toEqual(['site_code', 'Site, "North"\nBlock 2', 'plain']);
      expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
    }
  });

  it('skips empty lines but keeps spreadsheet row numbers', async () => {
    ({ db } = await freshDatabase());
    const text = `\n${header}\n\ne1,+1,,S,1\n ,  ,\n\ne2,bad phone,,S,2\n\n`;
    const outcome = await importText(db, utf8(text));
    expect(outcome.stored).toBe(1);
    expect(outcome.violations.map((v) => [v.row, v.rule])).toEqual([[7, 'phone-characters']]);
  });

  it('duplicate headers: the first maps, the other is ignored, and reports name columns by position', async () => {
    ({ db } = await freshDatabase());
    const text = 'username,phone,email,phone,site_code\nd1,bad!,,+222,S\nd2,+1,,x,S\n';
    const inspected = await inspectFile(utf8(text));
    expect(inspected.ok && suggestMapping(inspected.value.headers, sampleFields).targets).toEqual([
      'username',
      'phonenumber',
      'email',
      'ignore',
      'sample:site_code',
    ]);
    const outcome = await importText(db, utf8(text));
    expect(outcome.stored).toBe(1);
    expect(outcome.violations[0]).toMatchObject({ row: 2, column: 'phone (column 2)', rule: 'phone-characters' });
  });

  it('reports a duplicate username within the file with the first row', async () => {
    ({ db } = await freshDatabase());
    const outcome = await importText(db, utf8(`${header}\nsame,+1,,S,\nsame,+2,,S,\n`));
    expect(outcome.stored).toBe(1);
    expect(outcome.violations[0]).toMatchObject({ row: 3, rule: 'username-duplicate-in-file' });
    expect(outcome.violations[0]?.message).toContain('row 2');
  });

  it('a row whose quotes never close is reported, not silently merged', async () => {
    ({ db } = await freshDatabase());
    const outcome = await importText(db, utf8(`${header}\nok1,+1,,S,\nbad,"+2,,S,\n`));
    expect(outcome.violations.map((v) => v.rule)).toContain('csv-malformed-row');
    expect(outcome.stored).toBe(1);
  });
});

describe('files that are not CSV', () => {
  it.each([
    ['binary', new Blob([Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)])],
    [
      'PNG',
      new Blob([
        new Uint8Array([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
        ]),
      ]),
    ],
    [
      'JSON',
      utf8(
        JSON.stringify(
          [
            { username: 'a', phonenumber: '+1' },
            { username: 'b', email: 'b@x.org' },
          ],
          null,
          2,
        ),
      ),
    ],
    ['empty', utf8('')],
    ['blank lines', utf8('\n\n  \n')],
    ['one column of words', utf8('hello\nworld\n')],
  ])('%s is refused with a reason', async (_name, file) => {
    const inspected = await inspectFile(file);
    expect(inspected.ok).toBe(false);
    expect(!inspected.ok && inspected.error.message).toMatch(/empty|binary|JSON|one column|header|not a CSV/);
  });
});

describe('all or nothing', () => {
  const big = (n: number) => `${header}\n${Array.from({ length: n }, (_, i) => `c${i},+${i},,S,${i}`).join('\n')}\n`;

  it('a cancelled import stores nothing, whenever it is cancelled', async () => {
    ({ db } = await freshDatabase());
    const file = utf8(big(60_000));
    for (const cancelAfterMs of [0, 5, 50]) {
      const controller = new AbortController();
      const inspected = await inspectFile(file);
      if (!inspected.ok) throw new Error(inspected.error.message);
      const running = runImport(
        db,
        file,
        {
          accountId: ACCOUNT,
          listId: 'list-1',
          headers: inspected.value.headers,
          signature: inspected.value.signature,
          encoding: inspected.value.encoding,
          mapping: suggestMapping(inspected.value.headers, sampleFields),
          sampleFields,
        },
        {
          signal: controller.signal,
          onProgress: () => {
            if (cancelAfterMs === 0) controller.abort();
          },
        },
      );
      setTimeout(() => controller.abort(), cancelAfterMs);
      await expect(running).rejects.toThrow(/cancelled/);
      expect(await db.respondents.count()).toBe(0);
      expect(await db.memberships.count()).toBe(0);
    }
  });

  it('a failure while storing rolls everything back', async () => {
    ({ db } = await freshDatabase());
    db.memberships.bulkAdd = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.memberships.bulkAdd;
    await expect(importText(db, utf8(big(100)))).rejects.toThrow('disk full');
    expect(await db.respondents.count()).toBe(0);
  });

  it('a cancel that arrives while storing rolls the stored part back', async () => {
    ({ db } = await freshDatabase());
    const controller = new AbortController();
    // The cancel arrives once the chunk's first rows are written: its memberships.
    const table = db.memberships;
    const bulkAdd = table.bulkAdd.bind(table);
    table.bulkAdd = ((rows: Parameters<typeof bulkAdd>[0]) =>
      bulkAdd(rows).then((keys) => {
        controller.abort();
        return keys;
      })) as typeof table.bulkAdd;
    await expect(importText(db, utf8(big(500)), { signal: controller.signal })).rejects.toThrow(/cancelled/);
    expect(await db.respondents.count()).toBe(0);
  });

  it('a preview list takes only what fits; the rest are reported', async () => {
    ({ db } = await freshDatabase([{ preview: true, previewMax: 3 }]));
    const outcome = await importText(db, utf8(big(5)));
    expect(outcome.stored).toBe(3);
    expect(outcome.violations.map((v) => [v.row, v.rule])).toEqual([
      [5, 'preview-list-full'],
      [6, 'preview-list-full'],
    ]);
  });

  it('warns when a username is already in another local list, and keeps one respondent', async () => {
    ({ db } = await freshDatabase([{}, {}]));
    await importText(db, utf8(`${header}\nshared,+1,,S,\n`));
    const outcome = await importText(db, utf8(`${header}\nshared,+2,,S,\n`), { listId: 'list-2' });
    expect(outcome.violations).toMatchObject([{ row: 2, severity: 'warning', rule: 'username-in-other-list' }]);
    expect(outcome.stored).toBe(1);
    expect(await db.respondents.count()).toBe(1);
    expect((await db.respondents.get(`${ACCOUNT}:shared`))?.phonenumber).toBe('+2');
    expect(await db.memberships.count()).toBe(2);
  });
});
