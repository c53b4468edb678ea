import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { OutboxItem, OutboxPayload } from '../../../../common/outbox/outbox-item';
import type { Result } from '../../../../common/result';
import { canCorrect, canDiscard, canRetry } from '../../../../common/outbox/states';
import { database } from '../../db/database';
import { loadSampleFields } from '../../roster/settings-store';
import { useOutboxAgent } from '../agent-context';
import { discardAfterExport, requeueCorrected, retryNow } from '../outbox-actions';
import { describeItem, serviceLabels, stateLabels } from '../outbox-words';
import { PracticeBadge } from '../../settings/PracticeBadge';
import { AttemptHistory } from './AttemptHistory';
import { PayloadCorrection } from './PayloadCorrection';
import { ProblemExplanation } from './ProblemExplanation';
import { RespondentCorrection } from './RespondentCorrection';

/** One item's fate: what it is, where it stands, what the server said, what to do, and its history. */
interface OutboxDetailProps {
  item: OutboxItem;
  accountLabel: string;
  practice: boolean;
  onSelect: (id: string) => void;
}

export function OutboxDetail({ item, accountLabel, practice, onSelect }: OutboxDetailProps) {
  const [editing, setEditing] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const { store } = useOutboxAgent();
  const declaredFields = useLiveQuery(() => loadSampleFields(database, item.accountId), [item.accountId]) ?? [];
  const problemField = item.problem?.target?.sampleField;
  // The account's declared fields, the one the server named, and any the respondents already carry.
  const sampleFields = [
    ...new Set([
      ...declaredFields.map((field) => field.alias),
      ...(problemField ? [problemField] : []),
      ...(item.payload.kind === 'qmob.add-respondents'
        ? item.payload.respondents.flatMap((respondent) => (respondent.sample_fields ?? []).map((field) => field.alias))
        : []),
    ]),
  ];

  /** Every action answers in the common Result; a refusal is shown where the buttons are. */
  const act = async (action: Promise<Result<unknown>>): Promise<void> => {
    const result = await action;
    setActionError(result.ok ? null : result.error.message);
  };

  const saveCorrection = async (payload: OutboxPayload): Promise<void> => {
    const correction = await requeueCorrected(store, item.id, payload);
    if (!correction.ok) {
      setActionError(correction.error.message);
      return;
    }
    setEditing(false);
    onSelect(correction.value.id);
  };

  return (
    <section className="outbox-detail" aria-labelledby="outbox-detail-heading" data-testid="outbox-detail">
      <h2 id="outbox-detail-heading">
        {item.label} {practice ? <PracticeBadge /> : null}
      </h2>
      {practice ? (
        <p className="practice-note">Practice: this goes to the sandbox on this computer, not to a real study.</p>
      ) : null}
      <dl className="facts">
        <dt>State</dt>
        <dd data-testid="detail-state">{stateLabels[item.state]}</dd>
        <dt>Account</dt>
        <dd>{accountLabel}</dd>
        <dt>What</dt>
        <dd>
          {serviceLabels[item.service]}: {describeItem(item)}
        </dd>
        {item.serverId ? (
          <>
            <dt>Server ID</dt>
            <dd data-testid="detail-server-id">{item.serverId}</dd>
          </>
        ) : null}
        {item.state === 'retry-wait' && item.nextAttemptAt ? (
          <>
            <dt>Next attempt</dt>
            <dd>{new Date(item.nextAttemptAt).toLocaleTimeString()}</dd>
          </>
        ) : null}
        <dt>Repeat-safe</dt>
        <dd>
          {item.idempotent
            ? 'Yes: sending this again leaves the server unchanged.'
            : 'Looked up by its ID before any second attempt, so it is never delivered twice.'}
        </dd>
        <dt>Item ID</dt>
        <dd>
          <code>{item.id}</code>
        </dd>
      </dl>
      {item.state === 'import-started' ? (
        <p className="notice" data-testid="import-started-note">
          QMob accepted this batch and is importing it. QMob reports the import&rsquo;s final result only to a callback
          web address, which an app on a laptop cannot receive, so &ldquo;Import started&rdquo; is where this item ends
          in Outpost: nothing more will happen here. To see that every respondent arrived, open the list in QMob.
        </p>
      ) : null}
      {item.replaces ? (
        <p>
          Corrects{' '}
          <button type="button" className="link" onClick={() => onSelect(item.replaces ?? '')}>
            an earlier item
          </button>
          .
        </p>
      ) : null}
      {item.replacedBy ? (
        <p>
          Replaced by{' '}
          <button type="button" className="link" onClick={() => onSelect(item.replacedBy ?? '')}>
            its correction
          </button>
          .
        </p>
      ) : null}
      {item.problem && item.state !== 'delivered' ? <ProblemExplanation problem={item.problem} /> : null}
      {actionError ? <p role="alert">{actionError}</p> : null}

      {editing ? (
        item.payload.kind === 'qmob.add-respondents' ? (
          <RespondentCorrection
            respondents={item.payload.respondents}
            culprits={item.problem?.target?.respondents ?? []}
            sampleFields={sampleFields}
            problemField={problemField}
            onCancel={() => setEditing(false)}
            onSubmit={(respondents) => {
              if (item.payload.kind === 'qmob.add-respondents') void saveCorrection({ ...item.payload, respondents });
            }}
          />
        ) : (
          <PayloadCorrection
            payload={item.payload}
            onCancel={() => setEditing(false)}
            onSubmit={(payload) => void saveCorrection(payload)}
          />
        )
      ) : (
        <div className="detail-actions">
          {canRetry(item) ? (
            <button type="button" onClick={() => void act(retryNow(store, item.id))}>
              Retry now
            </button>
          ) : null}
          {canCorrect(item) ? (
            <button type="button" onClick={() => setEditing(true)}>
              Edit and send again
            </button>
          ) : null}
          {canDiscard(item) && !confirmingDiscard ? (
            <button type="button" className="secondary" onClick={() => setConfirmingDiscard(true)}>
              Discard…
            </button>
          ) : null}
        </div>
      )}
      {confirmingDiscard ? (
        <div role="alertdialog" aria-labelledby="discard-question" className="notice notice-warning">
          <p id="discard-question">
            Discard this item? It will never be sent. A copy is saved to a file first. The copy is not encrypted: anyone
            who gets the file can read what it holds.
          </p>
          <button
            type="button"
            onClick={() => {
              setConfirmingDiscard(false);
              void act(discardAfterExport(store, item));
            }}
          >
            Save a copy and discard
          </button>
          <button type="button" className="secondary" onClick={() => setConfirmingDiscard(false)}>
            Keep it
          </button>
        </div>
      ) : null}
      <AttemptHistory attempts={item.attempts} />
    </section>
  );
}
