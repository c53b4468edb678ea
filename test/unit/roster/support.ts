import 'fake-indexeddb/auto';
import { suggestMapping } from '../../../common/roster/column-mapping';
import type { SampleFieldConfig } from '../../../common/roster/respondent';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { inspectFile } from '../../../renderer/src/roster/import/inspect-file';
import { runImport, type ImportOptions, type ImportOutcome } from '../../../renderer/src/roster/import/run-import';
import type { RosterListRow } from '../../../renderer/src/roster/rows';

export const sampleFields: SampleFieldConfig[] = [
  { alias: 'site_code', type: 'text', required: true },
  { alias: 'age', type: 'integer', required: false },
];

export const ACCOUNT = 'qmob-practice';

let counter = 0;
export async function freshDatabase(
  lists: Partial<RosterListRow>[] = [{}],
): Promise<{ db: OutpostDatabase; lists: RosterListRow[] }> {
  counter += 1;
  const db = new OutpostDatabase(`roster-test-${process.pid}-${counter}`);
  const rows = lists.map(
    (partial, index): RosterListRow => ({
      id: `list-${index + 1}`,
      accountId: ACCOUNT,
      groupId: String(1001 + index),
      name: `List ${index + 1}`,
      preview: false,
      previewMax: null,
      createdAt: 0,
      ...partial,
    }),
  );
  await db.rosterLists.bulkAdd(rows);
  return { db, lists: rows };
}

export const utf8 = (text: string): Blob => new Blob([new TextEncoder().encode(text)]);
export const utf8Bom = (text: string): Blob =>
  new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(text)]);
export function utf16(text: string, endian: 'le' | 'be', bom = true): Blob {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
  units.forEach((unit, i) => {
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes[2 * i] = endian === 'le' ? lo : hi;
    bytes[2 * i + 1] = endian === 'le' ? hi : lo;
  });
  return new Blob([bytes]);
}
/** Windows-1252 for the Latin-1 range used in tests (é, ü, ñ…): one byte per character. */
export function windows1252(text: string): Blob {
  return new Blob([
    Uint8Array.from(text, (c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in test range: ${c}`);
      return code;
    }),
  ]);
}

/** Inspect, take the suggested mapping, import: what the UI does when the user accepts the defaults. */
export async function importText(
  db: OutpostDatabase,
  file: Blob,
  options: { listId?: string; signal?: AbortSignal; onProgress?: ImportOptions['onProgress'] } = {},
): Promise<ImportOutcome> {
  const inspected = await inspectFile(file);
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headers, signature, encoding } = inspected.value;
  return runImport(
    db,
    file,
    {
      accountId: ACCOUNT,
      listId: options.listId ?? 'list-1',
      headers,
      signature,
      encoding,
      mapping: suggestMapping(headers, sampleFields),
      sampleFields,
    },
    {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
  );
}
