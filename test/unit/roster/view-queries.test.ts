import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { headerSignature } from '../../../common/roster/column-mapping';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { listAsCsv } from '../../../renderer/src/roster/export/export-list';
import { respondentIdsInList, rowsOfList } from '../../../renderer/src/roster/queries';
import {
  loadBatchSize,
  loadMapping,
  loadSampleFields,
  saveBatchSize,
  saveMapping,
  saveSampleFields,
} from '../../../renderer/src/roster/settings-store';
import { ACCOUNT, freshDatabase, importText, sampleFields, utf8 } from './support';

let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';

describe('roster view reads', () => {
  it('lists ids in username order, by prefix, and reads any slice by key range, skipping respondents of other lists', async () => {
    let lists;
    ({ db, lists } = await freshDatabase([{}, {}]));
    await importText(db, utf8(`${header}\nbeta,+2,,S,\nalpha,+1,,S,\nalpine,+3,,S,\n`));
    await importText(db, utf8(`${header}\nalps,+4,,S,\n`), { listId: 'list-2' });
    const [first] = lists;
    if (!first) throw new Error('no list');
    expect(await respondentIdsInList(db, first, '')).toEqual(['alpha', 'alpine', 'beta'].map((u) => `${ACCOUNT}:${u}`));
    expect(await respondentIdsInList(db, first, 'alp')).toEqual(['alpha', 'alpine'].map((u) => `${ACCOUNT}:${u}`));
    // "alps" (list 2) sorts between alpine and beta: the slice read skips it.
    const rows = await rowsOfList(db, first, await respondentIdsInList(db, first, ''));
    expect(rows.map((r) => r.respondent?.username)).toEqual(['alpha', 'alpine', 'beta']);
  });

  it('reads ids of a large list in chunks without losing or repeating one', async () => {
    let lists;
    ({ db, lists } = await freshDatabase());
    await importText(
      db,
      utf8(
        `${header}\n${Array.from({ length: 12_345 }, (_, i) => `u${String(i).padStart(5, '0')},+${i},,S,`).join('\n')}\n`,
      ),
    );
    const ids = await respondentIdsInList(
      db,
      lists[0] ??
        (() => {
          throw new Error('no list');
        })(),
      '',
    );
    expect(ids.length).toBe(12_345);
    expect(new Set(ids).size).toBe(12_345);
  });

  it('exports a list as formula-safe CSV that re-imports to the same respondents', async () => {
    let lists;
    ({ db, lists } = await freshDatabase([{}, {}]));
    await importText(db, utf8(`${header}\nx1,+254700,,"=HYPERLINK(""http://evil"")",7\nx2,,x2@example.org,"a, b",\n`));
    const list = lists[0];
    if (!list) throw new Error('no list');
    const text = await listAsCsv(db, list, ['site_code', 'age']);
    const parsed = Papa.parse<string[]>(text.trimEnd()).data;
    expect(parsed).toEqual([
      ['username', 'phonenumber', 'email', 'site_code', 'age'],
      ['x1', "'+254700", '', '\'=HYPERLINK("http://evil")', '7'],
      ['x2', '', 'x2@example.org', 'a, b', ''],
    ]);
    const again = await importText(db, utf8(text), { listId: 'list-2' });
    expect(again.stored).toBe(2);
    expect((await db.respondents.get(`${ACCOUNT}:x1`))?.phonenumber).toBe('+254700');
    expect((await db.respondents.get(`${ACCOUNT}:x1`))?.sampleFields['site_code']).toBe('=HYPERLINK("http://evil")');
  });
});

describe('roster settings', () => {
  it('remembers a column mapping per file layout, sample fields per account and the batch size', async () => {
    ({ db } = await freshDatabase());
    const signature = headerSignature(['Name', 'Mobile']);
    expect(await loadMapping(db, signature)).toBeNull();
    await saveMapping(db, signature, { targets: ['username', 'phonenumber'] });
    expect(await loadMapping(db, headerSignature([' name ', 'MOBILE']))).toEqual({
      targets: ['username', 'phonenumber'],
    });
    expect(await loadMapping(db, headerSignature(['Mobile', 'Name']))).toBeNull();

    await saveSampleFields(db, ACCOUNT, sampleFields);
    expect(await loadSampleFields(db, ACCOUNT)).toEqual(sampleFields);
    expect(await loadSampleFields(db, 'other')).toEqual([]);

    expect(await loadBatchSize(db)).toBe(500);
    await saveBatchSize(db, 250);
    expect(await loadBatchSize(db)).toBe(250);
    // A damaged row is ignored rather than trusted.
    await db.settings.put({ id: 'roster.add-batch-size', value: 'lots' } as { id: string });
    expect(await loadBatchSize(db)).toBe(500);
  });
});
