import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { call } from '../api/client';
import { database } from '../db/database';

/**
 * Tells main whenever an interview draft is open (any unfinished draft in the
 * store), so that an update never restarts Outpost in the middle of one.
 */
export function useReportOpenDrafts(): void {
  const drafts = useLiveQuery(() => database.drafts.count(), []);
  useEffect(() => {
    if (drafts === undefined) return;
    void call('app.activity', { draftOpen: drafts > 0 });
  }, [drafts]);
}
