import { respondentExportRows, toCsvText } from '../../../../common/roster/csv-export';
import type { OutpostDatabase } from '../../db/database';
import type { RespondentRow, RosterListRow } from '../rows';
import { respondentIdsInList } from '../queries';

/** Reads in slices so a large list never blocks the window for long. */
const SLICE = 5000;

/** The list as CSV text (formula-safe), sample fields as columns: configured ones first, then any others found. */
export async function listAsCsv(
  db: OutpostDatabase,
  list: RosterListRow,
  configuredAliases: readonly string[],
): Promise<string> {
  const ids = await respondentIdsInList(db, list, '');
  const rows: RespondentRow[] = [];
  for (let start = 0; start < ids.length; start += SLICE) {
    const slice = await db.respondents.bulkGet(ids.slice(start, start + SLICE));
    for (const row of slice) if (row) rows.push(row);
  }
  const aliases = [...configuredAliases];
  for (const row of rows)
    for (const alias of Object.keys(row.sampleFields)) if (!aliases.includes(alias)) aliases.push(alias);
  return toCsvText(respondentExportRows(rows, aliases));
}
