import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { waitingStates } from '../../../common/outbox/states';
import { database } from '../db/database';
import { useSyncView } from '../outbox/sync-store';
import { useConnectivity } from '../state/connectivity';

function useQueueCounts(): { waiting: number; attention: number } | undefined {
  return useLiveQuery(async () => {
    const [waiting, attention] = await Promise.all([
      database.outbox
        .where('state')
        .anyOf([...waitingStates])
        .count(),
      database.outbox.where('state').equals('needs-attention').count(),
    ]);
    return { waiting, attention };
  }, []);
}

function SendingStatus() {
  const { engine, running } = useSyncView();
  const state = engine?.paused
    ? 'paused'
    : (engine?.pausedAccounts.length ?? 0) > 0
      ? 'credentials'
      : running
        ? 'sending'
        : 'idle';
  return (
    <span className="status-note" data-testid="sending-status">
      <FormattedMessage
        id="statusBar.sending"
        defaultMessage="{state, select, paused {Sending paused} credentials {An account needs its credentials checked} sending {Sending…} other {Sending starts by itself when online}}"
        values={{ state }}
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
      <SendingStatus />
    </footer>
  );
}
