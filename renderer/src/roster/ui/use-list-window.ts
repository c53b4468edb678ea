import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../db/database';
import { countInList, pageOfList, type RosterRow } from '../queries';
import type { RosterListRow } from '../rows';

/** Rows are fetched in blocks so scrolling a few pixels does not query again. */
const BLOCK = 100;

/** How many respondents of the list match the search; live. */
export function useListCount(list: RosterListRow, search: string): number {
  return useLiveQuery(() => countInList(database, list, search), [list, search]) ?? 0;
}

/**
 * The rows of a list around what is on screen, live: Dexie re-runs the query
 * when the roster changes (also when the import worker writes).
 */
export function useListRows(list: RosterListRow, search: string, firstVisible: number, lastVisible: number): (index: number) => RosterRow | undefined {
  const from = Math.max(0, Math.floor(firstVisible / BLOCK) * BLOCK - BLOCK);
  const to = (Math.floor(lastVisible / BLOCK) + 2) * BLOCK;
  const key = `${list.id}|${search}`;
  const page = useLiveQuery(async () => ({ from, key, rows: await pageOfList(database, list, search, from, to - from) }), [list, search, from, to, key]);
  // Keep the previous block on screen while the next one loads, instead of flashing empty rows.
  const [previous, setPrevious] = useState(page);
  if (page && page !== previous) setPrevious(page);
  const latest = page ?? previous;
  const shown = latest && latest.key === key ? latest : undefined;
  return (index) => (shown ? shown.rows[index - shown.from] : undefined);
}
