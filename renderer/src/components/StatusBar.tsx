import { useLiveQuery } from 'dexie-react-hooks';
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
  const text = engine?.paused
    ? 'Sending paused'
    : (engine?.pausedAccounts.length ?? 0) > 0
      ? 'An account needs its credentials checked'
      : running
        ? 'Sending…'
        : 'Sending starts by itself when online';
  return (
    <span className="status-note" data-testid="sending-status">
      {text}
    </span>
  );
}

export function StatusBar() {
  const online = useConnectivity((state) => state.online);
  const counts = useQueueCounts();
  return (
    <footer className="status-bar" aria-label="Status">
      <span role="status" className={online ? 'status-online' : 'status-offline'}>
        <span className="status-dot" aria-hidden="true" />
        {online ? 'Online' : 'Offline: everything is kept on this laptop'}
      </span>
      <span data-testid="queue-counts">
        Outbox: {counts ? `${counts.waiting} waiting to send, ${counts.attention} need attention` : 'counting…'}
      </span>
      <SendingStatus />
    </footer>
  );
}
