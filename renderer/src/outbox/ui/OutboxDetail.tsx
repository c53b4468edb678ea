import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { OutboxItem, OutboxPayload } from '../../../../common/outbox/outbox-item';
import type { Result } from '../../../../common/result';
import { canCorrect, canDiscard, canRetry } from '../../../../common/outbox/states';
import { database } from '../../db/database';
import { loadSampleFields } from '../../roster/settings-store';
import { useOutboxAgent } from '../agent-context';
import { correctionFields } from '../correction-fields';
import { discardAfterExport, requeueCorrected, retryNow } from '../outbox-actions';
import type { OutboxNames } from '../outbox-names';
import { itemTitle, listInWords, serviceLabels, stateLabel } from '../outbox-words';
import { OutboxAccountName } from './OutboxAccountName';
import { OutboxItemWords } from './OutboxItemWords';
import { errorInWords } from '../../i18n/error-words';
import { formatTime } from '../../i18n/format';
import { PracticeBadge } from '../../settings/PracticeBadge';
import { AttemptHistory } from './AttemptHistory';
import { PayloadCorrection } from './PayloadCorrection';
import { ProblemExplanation } from './ProblemExplanation';
import { RespondentCorrection } from './RespondentCorrection';

/** One item's fate: what it is, where it stands, what the server said, what to do, and its history. */
interface OutboxDetailProps {
  item: OutboxItem;
  names: OutboxNames;
  practice: boolean;
  onSelect: (id: string) => void;
}

/** The name of the list the item's problem points at (the server names it by its QMob id). */
function listNameOf(item: OutboxItem, names: OutboxNames): string | undefined {
  const listId = item.problem?.target?.listId;
  return listId === undefined ? undefined : names.list(item.accountId, listId);
}

export function OutboxDetail({ item, names, practice, onSelect }: OutboxDetailProps) {
  const intl = useIntl();
  // QMob's id of the list a QMob item is about: named in words above, the id itself under Technical details.
  const qmobListId = 'listId' in item.payload ? item.payload.listId : undefined;
  // A copy or a removal keeps its list's id as its server id: that is no id of its own to show.
  const serverId = item.serverId !== qmobListId ? item.serverId : null;
  const [editing, setEditing] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const { store } = useOutboxAgent();
  const declaredFields = useLiveQuery(() => loadSampleFields(database, item.accountId), [item.accountId]) ?? [];
  const problemField = item.problem?.target?.sampleField;
  // A refused add batch is corrected respondent by respondent; any other kind as its JSON.
  const addBatch = item.payload.kind === 'qmob.add-respondents' ? item.payload : undefined;
  const sampleFields = correctionFields(declaredFields, problemField, addBatch?.respondents ?? []);

  /** Every action answers in the common Result; a refusal is shown where the buttons are. */
  const act = async (action: Promise<Result<unknown>>): Promise<void> => {
    const result = await action;
    setActionError(result.ok ? null : errorInWords(intl, result.error).message);
  };

  const saveCorrection = async (payload: OutboxPayload): Promise<void> => {
    const correction = await requeueCorrected(store, item.id, payload);
    if (!correction.ok) {
      setActionError(errorInWords(intl, correction.error).message);
      return;
    }
    setEditing(false);
    onSelect(correction.value.id);
  };

  return (
    <section className="outbox-detail" aria-labelledby="outbox-detail-heading" data-testid="outbox-detail">
      <h2 id="outbox-detail-heading">
        <span translate="no">{itemTitle(item, names)}</span> {practice ? <PracticeBadge /> : null}
      </h2>
      {practice ? (
        <p className="practice-note">
          <FormattedMessage
            id="outbox.detail.practice"
            defaultMessage="Practice: this goes to the sandbox on this computer, not to a real study."
          />
        </p>
      ) : null}
      <dl className="facts">
        <dt>
          <FormattedMessage id="outbox.detail.state" defaultMessage="State" />
        </dt>
        <dd data-testid="detail-state">{stateLabel(intl, item.state)}</dd>
        <dt>
          <FormattedMessage id="outbox.detail.account" defaultMessage="Account" />
        </dt>
        <dd data-testid="detail-account">
          <OutboxAccountName names={names} accountId={item.accountId} />
        </dd>
        <dt>
          <FormattedMessage id="outbox.detail.what" defaultMessage="What" />
        </dt>
        <dd>
          <FormattedMessage
            id="outbox.detail.whatValue"
            defaultMessage="{service}: {item}"
            values={{ service: serviceLabels[item.service], item: <OutboxItemWords item={item} names={names} /> }}
          />
        </dd>
        {serverId ? (
          <>
            <dt>
              <FormattedMessage id="outbox.detail.serverId" defaultMessage="Server ID" />
            </dt>
            <dd data-testid="detail-server-id">{serverId}</dd>
          </>
        ) : null}
        {item.state === 'retry-wait' && item.nextAttemptAt ? (
          <>
            <dt>
              <FormattedMessage id="outbox.detail.nextAttempt" defaultMessage="Next attempt" />
            </dt>
            <dd>{formatTime(intl, item.nextAttemptAt)}</dd>
          </>
        ) : null}
        <dt>
          <FormattedMessage id="outbox.detail.repeatSafe" defaultMessage="Repeat-safe" />
        </dt>
        <dd>
          {item.idempotent ? (
            <FormattedMessage
              id="outbox.detail.idempotent"
              defaultMessage="Yes: sending this again leaves the server unchanged."
            />
          ) : (
            <FormattedMessage
              id="outbox.detail.lookedUp"
              defaultMessage="Looked up by its ID before any second attempt, so it is never delivered twice."
            />
          )}
        </dd>
      </dl>
      <details className="technical">
        <summary>
          <FormattedMessage id="outbox.detail.technical" defaultMessage="Technical details" />
        </summary>
        <dl className="facts">
          <dt>
            <FormattedMessage id="outbox.detail.itemId" defaultMessage="Item ID" />
          </dt>
          <dd>
            <code translate="no">{item.id}</code>
          </dd>
          {qmobListId !== undefined ? (
            <>
              <dt>
                <FormattedMessage id="outbox.detail.qmobListId" defaultMessage="QMob list ID" />
              </dt>
              <dd>
                <code translate="no" data-testid="detail-qmob-list-id">
                  {qmobListId}
                </code>
              </dd>
            </>
          ) : null}
        </dl>
      </details>
      {item.state === 'import-started' ? (
        <p className="notice" data-testid="import-started-note">
          <FormattedMessage
            id="outbox.detail.importStarted"
            defaultMessage="QMob accepted this batch and is importing it. QMob reports the import’s final result only to a callback web address, which an app on a laptop cannot receive, so “Import started” is where this item ends in Outpost: nothing more will happen here. To see that every respondent arrived, open the list in QMob."
          />
        </p>
      ) : null}
      {item.replaces ? (
        <p>
          <FormattedMessage
            id="outbox.detail.corrects"
            defaultMessage="Corrects <link>an earlier item</link>."
            values={{
              link: (chunks) => (
                <button type="button" className="link" onClick={() => onSelect(item.replaces ?? '')}>
                  {chunks}
                </button>
              ),
            }}
          />
        </p>
      ) : null}
      {item.replacedBy ? (
        <p>
          <FormattedMessage
            id="outbox.detail.replacedBy"
            defaultMessage="Replaced by <link>its correction</link>."
            values={{
              link: (chunks) => (
                <button type="button" className="link" onClick={() => onSelect(item.replacedBy ?? '')}>
                  {chunks}
                </button>
              ),
            }}
          />
        </p>
      ) : null}
      {item.problem && item.state !== 'delivered' ? (
        <ProblemExplanation problem={item.problem} listName={listNameOf(item, names)} />
      ) : null}
      {actionError ? <p role="alert">{actionError}</p> : null}

      {editing ? (
        addBatch ? (
          <RespondentCorrection
            respondents={addBatch.respondents}
            culprits={item.problem?.target?.respondents ?? []}
            sampleFields={sampleFields}
            problemField={problemField}
            onCancel={() => setEditing(false)}
            onSubmit={(respondents) => saveCorrection({ ...addBatch, respondents })}
          />
        ) : (
          <PayloadCorrection payload={item.payload} onCancel={() => setEditing(false)} onSubmit={saveCorrection} />
        )
      ) : (
        <div className="detail-actions">
          {canRetry(item) ? (
            <button type="button" onClick={() => void act(retryNow(store, item.id))}>
              <FormattedMessage id="outbox.detail.retry" defaultMessage="Retry now" />
            </button>
          ) : null}
          {canCorrect(item) ? (
            <button type="button" onClick={() => setEditing(true)}>
              <FormattedMessage id="outbox.detail.edit" defaultMessage="Edit and send again" />
            </button>
          ) : null}
          {canDiscard(item) && !confirmingDiscard ? (
            <button type="button" className="secondary" onClick={() => setConfirmingDiscard(true)}>
              <FormattedMessage id="outbox.detail.discard" defaultMessage="Discard…" />
            </button>
          ) : null}
        </div>
      )}
      {confirmingDiscard ? (
        <div role="alertdialog" aria-labelledby="discard-question" className="notice notice-warning">
          <p id="discard-question">
            <FormattedMessage
              id="outbox.detail.discardQuestion"
              defaultMessage="Discard this item? It will never be sent. A copy is saved to a file first. The copy is not encrypted: anyone who gets the file can read what it holds."
            />
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirmingDiscard(false);
              void act(discardAfterExport(store, item));
            }}
          >
            <FormattedMessage id="outbox.detail.discardConfirm" defaultMessage="Save a copy and discard" />
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmingDiscard(false)}>
            <FormattedMessage id="outbox.detail.keep" defaultMessage="Keep it" />
          </button>
        </div>
      ) : null}
      <AttemptHistory attempts={item.attempts} list={listInWords(intl, item, names)} />
    </section>
  );
}
