import { respondentExportRows, toCsvText } from '../../../../common/roster/csv-export';
import type { OutpostDatabase } from '../../db/database';
import type { RespondentRow, RosterListRow } from '../rows';
import { respondentIdsInList } from '../queries';

/** Reads in slices so a large list never blocks the window for long. */
const SLICE = 5000;

/** The list as CSV text (formula-safe), sample fields as columns: configured ones first, then any others found. */
export async function listAsCsv(db: OutpostDatabase, list: RosterListRow, configuredAliases: readonly string[]): Promise<string> {
  const ids = await respondentIdsInList(db, list, '');
  const rows: RespondentRow[] = [];
  for (let start = 0; start < ids.length; start += SLICE) {
    const slice = await db.respondents.bulkGet(ids.slice(start, start + SLICE));
    for (const row of slice) if (row) rows.push(row);
  }
  const aliases = [...configuredAliases];
  for (const row of rows) for (const alias of Object.keys(row.sampleFields)) if (!aliases.includes(alias)) aliases.push(alias);
  return toCsvText(respondentExportRows(rows, aliases));
}

/** Offers text as a file download; the BOM lets Excel on Windows recognise UTF-8. */
export function downloadText(fileName: string, text: string | Blob): void {
  const blob = typeof text === 'string' ? new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }) : text;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const safeFileName = (name: string): string => name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').trim() || 'list';
