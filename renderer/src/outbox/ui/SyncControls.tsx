import { FormattedMessage, useIntl } from 'react-intl';
import { formatDuration } from '../../i18n/format';
import { useLiveQuery } from 'dexie-react-hooks';
import { call } from '../../api/client';
import { useOutboxAgent } from '../agent-context';
import { estimateSeconds, useSyncView } from '../sync-store';
import { acceptedStates, waitingStates } from '../../../../common/outbox/states';
import { useConnectivity } from '../../state/connectivity';
import { useHeldCount } from '../held-items';
import { useOutboxNames } from '../outbox-names';
import { accountName } from '../outbox-words';

/** Sync now, pause/resume, and while sending: a progress bar with counts and a time estimate. */
export function SyncControls() {
  const intl = useIntl();
  const agent = useOutboxAgent();
  const { engine, running, session } = useSyncView();
  const counts = useLiveQuery(async () => {
    const [pending, delivered] = await Promise.all([
      agent.store.countIn(waitingStates),
      agent.store.countIn(acceptedStates),
    ]);
    return { pending, delivered };
  }, [agent]);
  const paused = engine?.paused ?? false;
  // The network as the status bar says it (one word for both): offline, nothing can go now.
  const online = useConnectivity((state) => state.online);
  const names = useOutboxNames();
  const pausedAccounts = (engine?.pausedAccounts ?? []).map((held) => held.accountId);
  const held = useHeldCount(pausedAccounts);
  const done = counts ? Math.max(0, counts.delivered - session.deliveredBefore) : 0;
  const remaining = counts?.pending ?? 0;
  const total = done + remaining;
  // A time left only for what can go now: not for items held for a paused account, not while offline.
  const sendable = Math.max(0, remaining - held);
  const eta = online && sendable > 0 ? estimateSeconds(sendable, engine) : null;
  const heldFor = intl.formatList(pausedAccounts.map((id) => accountName(intl, names, id)));

  const togglePause = async (): Promise<void> => {
    const result = paused ? await call('sync.resume', {}) : await call('sync.pause');
    if (result.ok) useSyncView.setState({ engine: result.value });
    if (paused) agent.kick();
  };

  return (
    <section
      className="sync-controls"
      aria-label={intl.formatMessage({ id: 'outbox.sync.label', defaultMessage: 'Sending' })}
    >
      <div className="sync-buttons">
        <button type="button" onClick={() => void agent.syncNow()} disabled={paused}>
          <FormattedMessage id="outbox.sync.now" defaultMessage="Sync now" />
        </button>
        <button type="button" className="secondary" onClick={() => void togglePause()}>
          {paused ? (
            <FormattedMessage id="outbox.sync.resume" defaultMessage="Resume sending" />
          ) : (
            <FormattedMessage id="outbox.sync.pause" defaultMessage="Pause sending" />
          )}
        </button>
      </div>
      <div className="sync-progress" aria-live="polite">
        {paused ? (
          <p>
            <FormattedMessage
              id="outbox.sync.paused"
              defaultMessage="Sending is paused. Everything stays safely on this laptop."
            />
          </p>
        ) : remaining > 0 || running ? (
          <>
            <progress
              max={Math.max(total, 1)}
              value={done}
              aria-label={intl.formatMessage({
                id: 'outbox.sync.progressLabel',
                defaultMessage: 'Items delivered in this sync',
              })}
            />
            <p data-testid="sync-progress-text">
              <FormattedMessage
                id="outbox.sync.progress"
                defaultMessage="{done, number} of {total, number} delivered{remaining, plural, =0 {} other {, # to go}}{eta, select, none {} other {, about {eta} left}}"
                values={{
                  done,
                  total,
                  remaining,
                  eta: eta !== null ? formatDuration(intl, eta * 1000) : 'none',
                }}
              />
            </p>
            {held > 0 ? (
              <p data-testid="sync-held-text">
                <FormattedMessage
                  id="outbox.sync.held"
                  defaultMessage="{held, plural, one {# item waits} other {# items wait}} until sending to {accounts} resumes."
                  values={{ held, accounts: <bdi translate="no">{heldFor}</bdi> }}
                />
              </p>
            ) : null}
            {!online && sendable > 0 ? (
              <p data-testid="sync-offline-text">
                <FormattedMessage
                  id="outbox.sync.offline"
                  defaultMessage="Offline: sending goes on by itself once the network is back."
                />
              </p>
            ) : null}
          </>
        ) : (
          <p data-testid="sync-progress-text">
            <FormattedMessage id="outbox.sync.nothing" defaultMessage="Nothing waiting to send." />
          </p>
        )}
      </div>
    </section>
  );
}
