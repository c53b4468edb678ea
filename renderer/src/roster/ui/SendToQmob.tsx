import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MAX_ADD_BATCH_SIZE, MIN_ADD_BATCH_SIZE } from '../../../../common/roster/batching';
import { database } from '../../db/database';
import { activeRunOfList } from '../import/import-runs';
import { queueListAdds } from '../operations/queue-adds';
import { waitingToQueue } from '../queries';
import { useListShown } from './use-list-window';
import type { RosterListRow } from '../rows';
import { loadBatchSize, saveBatchSize } from '../settings-store';

/** Puts the list's new respondents into the outbox as add_respondent batches. */
export function SendToQmob({ list, onMessage }: { list: RosterListRow; onMessage: (message: string) => void }) {
  // While an import runs, only the run is watched: its rows are not part of the list yet, and counting on every chunk costs.
  // The count takes time in proportion to the list: it is asked for once the list's first rows are on screen.
  const shown = useListShown(list.id);
  const counted = useLiveQuery(
    async () =>
      (await activeRunOfList(database, list.id)) ? null : shown ? waitingToQueue(database, list.id) : undefined,
    [list.id, shown],
  );
  const importing = counted === null;
  const waiting = counted ?? 0;
  const storedBatchSize = useLiveQuery(() => loadBatchSize(database), []);
  const [batchSize, setBatchSize] = useState<string | null>(null);
  const [noPassword, setNoPassword] = useState(true);
  const [overwrite, setOverwrite] = useState(true);
  const size = Number(batchSize ?? storedBatchSize ?? 500);

  const queue = async (): Promise<void> => {
    await saveBatchSize(database, size);
    const result = await queueListAdds(database, { listId: list.id, batchSize: size, noPassword, overwrite });
    if (!result.ok) {
      onMessage(result.error.message);
      return;
    }
    const queued = result.value;
    onMessage(
      `Queued ${queued.respondents} respondent${queued.respondents === 1 ? '' : 's'} for QMob in ${queued.items} batch${queued.items === 1 ? '' : 'es'}.`,
    );
  };

  return (
    <details className="roster-panel">
      <summary>
        {importing
          ? 'Send to QMob (wait until the import has finished)'
          : counted === undefined
            ? 'Send to QMob (counting…)'
            : `Send to QMob (${waiting} not queued yet)`}
      </summary>
      <div className="roster-form row">
        <label>
          Respondents per batch
          <input
            type="number"
            min={MIN_ADD_BATCH_SIZE}
            max={MAX_ADD_BATCH_SIZE}
            value={batchSize ?? String(size)}
            onChange={(e) => setBatchSize(e.target.value)}
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={noPassword} onChange={(e) => setNoPassword(e.target.checked)} /> Respondents
          may leave the password blank (no_password)
        </label>
        <label className="inline">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> Overwrite
          respondents QMob already has (overwrite)
        </label>
        <button type="button" disabled={waiting === 0} onClick={() => void queue()}>
          Queue {waiting} respondent{waiting === 1 ? '' : 's'} for QMob
        </button>
      </div>
    </details>
  );
}
