import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { database } from '../../db/database';
import { respondentIdsInList, watchListMembers, rowsOfList, type RosterRow } from '../queries';
import type { RosterListRow } from '../rows';

/** Rows are fetched in blocks so scrolling a few pixels does not query again. */
const BLOCK = 50;
const NO_IDS: readonly string[] = [];

/**
 * Lists whose first rows have been on screen since the app started. Whatever
 * else a list view reads waits for this when its cost grows with the list (the
 * counts of "Send to QMob"): IndexedDB serves one request at a time, so a count
 * of 1.5 million keys asked first would hold the first rows back by seconds.
 */
const shownLists = new Set<string>();
const shownListeners = new Set<() => void>();
function markShown(listId: string): void {
  if (shownLists.has(listId)) return;
  shownLists.add(listId);
  for (const listener of shownListeners) listener();
}
function subscribeShown(listener: () => void): () => void {
  shownListeners.add(listener);
  return () => shownListeners.delete(listener);
}

/** True once the list's first rows (or its emptiness) have been shown. */
export function useListShown(listId: string): boolean {
  return useSyncExternalStore(subscribeShown, () => shownLists.has(listId));
}

/** True while an import into the list stores its chunks or undoes them: its rows are not to be shown yet. */
export function useImportRunning(list: RosterListRow): boolean {
  return (useLiveQuery(() => database.importRuns.where('listId').equals(list.id).count(), [list.id]) ?? 0) > 0;
}

/**
 * Bumps whenever a membership of the list is added, removed or changed (see
 * watchListMembers). While an import runs, only the import run is watched, so the list neither
 * reloads on every chunk nor shows half an import; it reloads once when the import ends.
 */
let revisions = 0;
function useListRevision(list: RosterListRow): number | 'importing' | undefined {
  return useLiveQuery(async () => {
    if ((await database.importRuns.where('listId').equals(list.id).count()) > 0) return 'importing' as const;
    await watchListMembers(database, list.id);
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
  // The ids are loaded (NO_IDS only stands for "not yet") and their first rows have been read.
  const shown = page !== undefined && page.ids === ids && ids !== NO_IDS;
  useEffect(() => {
    if (shown) markShown(list.id);
  }, [shown, list.id]);
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
