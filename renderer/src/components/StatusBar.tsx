import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { waitingStates } from '../../../common/outbox/states';
import { database } from '../db/database';
import { outboxStoreFor } from '../outbox/dexie-outbox-store';
import { useOutboxNames } from '../outbox/outbox-names';
import { accountName } from '../outbox/outbox-words';
import { useSyncView } from '../outbox/sync-store';
import { useConnectivity } from '../state/connectivity';

function useQueueCounts(): { waiting: number; attention: number } | undefined {
  return useLiveQuery(async () => {
    const outbox = outboxStoreFor(database);
    const [waiting, attention] = await Promise.all([
      outbox.countIn(waitingStates),
      outbox.countIn(['needs-attention']),
    ]);
    return { waiting, attention };
  }, []);
}

/**
 * One sentence about sending, never contradicting the others on the bar: offline says nothing is
 * being sent (whatever is still in flight waits for its answer or retries), and a paused account is named.
 */
function SendingStatus({ online }: { online: boolean }) {
  const intl = useIntl();
  const { engine, running } = useSyncView();
  const names = useOutboxNames();
  const paused = engine?.pausedAccounts ?? [];
  const state = engine?.paused
    ? 'paused'
    : paused.length > 0
      ? 'credentials'
      : !online
        ? 'offline'
        : running
          ? 'sending'
          : 'idle';
  return (
    <span className="status-note" data-testid="sending-status">
      <FormattedMessage
        id="statusBar.sendingNamed"
        defaultMessage="{state, select, paused {Sending paused} credentials {Sending to {accounts} is paused: {count, plural, one {its credentials need} other {their credentials need}} checking} offline {Sending waits for the network} sending {Sending…} other {Sending starts by itself when online}}"
        values={{
          state,
          count: paused.length,
          accounts: (
            <bdi translate="no">
              {intl.formatList(paused.map(({ accountId }) => accountName(intl, names, accountId)))}
            </bdi>
          ),
        }}
      />
    </span>
  );
}

export function StatusBar() {
  const online = useConnectivity((state) => state.online);
  const counts = useQueueCounts();
  const intl = useIntl();
  return (
    <footer className="status-bar" aria-label={intl.formatMessage({ id: 'statusBar.label', defaultMessage: 'Status' })}>
      <span role="status" className={online ? 'status-online' : 'status-offline'}>
        <span className="status-dot" aria-hidden="true" />
        {online ? (
          <FormattedMessage id="statusBar.online" defaultMessage="Online" />
        ) : (
          <FormattedMessage id="statusBar.offline" defaultMessage="Offline: everything is kept on this laptop" />
        )}
      </span>
      <span data-testid="queue-counts">
        {counts ? (
          <FormattedMessage
            id="statusBar.queue"
            defaultMessage="Outbox: {waiting, number} waiting to send, {attention, plural, one {# needs} other {# need}} attention"
            values={{ waiting: counts.waiting, attention: counts.attention }}
          />
        ) : (
          <FormattedMessage id="statusBar.queueCounting" defaultMessage="Outbox: counting…" />
        )}
      </span>
      <SendingStatus online={online} />
    </footer>
  );
}
