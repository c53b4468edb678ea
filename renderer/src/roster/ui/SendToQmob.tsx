import { FormattedMessage } from 'react-intl';
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
import { ok } from '../../../../common/result';
import type { Outcome } from '../../i18n/outcome-words';
import { queuedSentence } from '../list-sentences';

/** Puts the list's new respondents into the outbox as add_respondent batches. */
export function SendToQmob({ list, onMessage }: { list: RosterListRow; onMessage: (outcome: Outcome) => void }) {
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
    onMessage(result.ok ? ok(queuedSentence(result.value.respondents, result.value.items)) : result);
  };

  return (
    <details className="roster-panel">
      <summary>
        {importing ? (
          <FormattedMessage
            id="roster.send.waitImport"
            defaultMessage="Send to QMob (wait until the import has finished)"
          />
        ) : counted === undefined ? (
          <FormattedMessage id="roster.send.counting" defaultMessage="Send to QMob (counting…)" />
        ) : (
          <FormattedMessage
            id="roster.send.summary"
            defaultMessage="Send to QMob ({count, number} not queued yet)"
            values={{ count: waiting }}
          />
        )}
      </summary>
      <div className="roster-form row">
        <label>
          <FormattedMessage id="roster.send.batchSize" defaultMessage="Respondents per batch" />
          <input
            type="number"
            min={MIN_ADD_BATCH_SIZE}
            max={MAX_ADD_BATCH_SIZE}
            value={batchSize ?? String(size)}
            onChange={(e) => setBatchSize(e.target.value)}
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={noPassword} onChange={(e) => setNoPassword(e.target.checked)} />{' '}
          <FormattedMessage
            id="roster.send.noPassword"
            defaultMessage="Respondents may leave the password blank (no_password)"
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />{' '}
          <FormattedMessage
            id="roster.send.overwrite"
            defaultMessage="Overwrite respondents QMob already has (overwrite)"
          />
        </label>
        <button type="button" disabled={waiting === 0} onClick={() => void queue()}>
          <FormattedMessage
            id="roster.send.queue"
            defaultMessage="Queue {count, plural, one {# respondent} other {# respondents}} for QMob"
            values={{ count: waiting }}
          />
        </button>
      </div>
    </details>
  );
}
