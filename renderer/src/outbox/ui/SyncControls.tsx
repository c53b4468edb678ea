import { useLiveQuery } from 'dexie-react-hooks';
import { call } from '../../api/client';
import { database } from '../../db/database';
import { useOutboxAgent } from '../agent-context';
import { estimateSeconds, useSyncView } from '../sync-store';
import { acceptedStates, waitingStates } from '../../../../common/outbox/states';

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

/** Sync now, pause/resume, and while sending: a progress bar with counts and a time estimate. */
export function SyncControls() {
  const agent = useOutboxAgent();
  const { engine, running, session } = useSyncView();
  const counts = useLiveQuery(async () => {
    const [pending, delivered] = await Promise.all([
      database.outbox
        .where('state')
        .anyOf([...waitingStates])
        .count(),
      database.outbox
        .where('state')
        .anyOf([...acceptedStates])
        .count(),
    ]);
    return { pending, delivered };
  }, []);
  const paused = engine?.paused ?? false;
  const done = counts ? Math.max(0, counts.delivered - session.deliveredBefore) : 0;
  const remaining = counts?.pending ?? 0;
  const total = done + remaining;
  const eta = estimateSeconds(remaining, engine);

  const togglePause = async (): Promise<void> => {
    const result = paused ? await call('sync.resume', {}) : await call('sync.pause');
    if (result.ok) useSyncView.setState({ engine: result.value });
    if (paused) agent.kick();
  };

  return (
    <section className="sync-controls" aria-label="Sending">
      <div className="sync-buttons">
        <button type="button" onClick={() => void agent.syncNow()} disabled={paused}>
          Sync now
        </button>
        <button type="button" className="secondary" onClick={() => void togglePause()}>
          {paused ? 'Resume sending' : 'Pause sending'}
        </button>
      </div>
      <div className="sync-progress" aria-live="polite">
        {paused ? (
          <p>Sending is paused. Everything stays safely on this laptop.</p>
        ) : remaining > 0 || running ? (
          <>
            <progress max={Math.max(total, 1)} value={done} aria-label="Items delivered in this sync" />
            <p data-testid="sync-progress-text">
              {done} of {total} delivered{remaining > 0 ? `, ${remaining} to go` : ''}
              {eta !== null && remaining > 0 ? `, about ${formatDuration(eta)} left` : ''}
            </p>
          </>
        ) : (
          <p data-testid="sync-progress-text">Nothing waiting to send.</p>
        )}
      </div>
    </section>
  );
}
