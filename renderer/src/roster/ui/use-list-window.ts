import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../../db/database';
import { respondentIdsInList, rowsOfList, type RosterRow } from '../queries';
import type { RosterListRow } from '../rows';

/** Rows are fetched in blocks so scrolling a few pixels does not query again. */
const BLOCK = 50;
const NO_IDS: readonly string[] = [];

/** True while an import into the list stores its chunks or undoes them: its rows are not to be shown yet. */
export function useImportRunning(list: RosterListRow): boolean {
  return (useLiveQuery(() => database.importRuns.where('listId').equals(list.id).count(), [list.id]) ?? 0) > 0;
}

/**
 * Bumps whenever a membership of the list is added, removed or changed. A live
 * count over the list's index range is the cheapest thing Dexie can watch: a
 * live query over all 100,000 keys would make Dexie track every key. While an
 * import runs, only the import run is watched, so the list neither reloads on
 * every chunk nor shows half an import; it reloads once when the import ends.
 */
let revisions = 0;
function useListRevision(list: RosterListRow): number | 'importing' | undefined {
  return useLiveQuery(async () => {
    if ((await database.importRuns.where('listId').equals(list.id).count()) > 0) return 'importing' as const;
    await database.memberships.where('listId').equals(list.id).count();
    // A fresh number on every run, so an unchanged count still tells the view to reload.
    revisions += 1;
    return revisions;
  }, [list.id]);
}

/** The respondent ids of the list matching the search, in username order; reloaded when the list changes. */
export function useListIds(list: RosterListRow, search: string): readonly string[] {
  const revision = useListRevision(list);
  const [loaded, setLoaded] = useState<{ key: string; ids: readonly string[] }>({ key: '', ids: NO_IDS });
  const key = `${list.id}|${search}|${revision ?? 'pending'}`;
  useEffect(() => {
    if (revision === undefined || revision === 'importing') return;
    let current = true;
    void respondentIdsInList(database, list, search, (first) => {
      if (current) setLoaded({ key: `${key}|first`, ids: first });
    }).then((ids) => {
      if (current) setLoaded({ key, ids });
    });
    return () => {
      current = false;
    };
  }, [list, search, revision, key]);
  // While a new search loads, the old result stays (ids of another search would be wrong, so only for the same list).
  return loaded.key.startsWith(`${list.id}|`) ? loaded.ids : NO_IDS;
}

/**
 * The rows around what is on screen, live: Dexie re-runs the read when one of
 * them changes (also when the import worker writes).
 */
export function useListRows(
  list: RosterListRow,
  ids: readonly string[],
  firstVisible: number,
  lastVisible: number,
): (index: number) => RosterRow | undefined {
  const from = Math.max(0, Math.floor(firstVisible / BLOCK) * BLOCK - BLOCK);
  const to = Math.min(ids.length, (Math.floor(lastVisible / BLOCK) + 2) * BLOCK);
  const page = useLiveQuery(
    async () => ({ from, ids, rows: await rowsOfList(database, list, ids.slice(from, to)) }),
    [list, ids, from, to],
  );
  // Keep the previous block on screen while the next one loads, instead of flashing empty rows.
  const [previous, setPrevious] = useState(page);
  if (page && page !== previous) setPrevious(page);
  const latest = page ?? previous;
  return (index) => {
    if (!latest) return undefined;
    const row = latest.rows[index - latest.from];
    // Rows come back for a key range; a membership added or removed meanwhile shifts them until the ids catch up.
    // A row from an older block is shown only if it is still the respondent at this position.
    return row && row.membership.respondentId === ids[index] ? row : undefined;
  };
}
