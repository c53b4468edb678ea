import type { SyncState } from '../../../common/contract';
import { OutboxFeeder } from '../../../common/sync/outbox-feeder';
import { call, subscribe } from '../api/client';
import { database } from '../db/database';
import { DexieOutboxStore } from './dexie-outbox-store';
import { useSyncView } from './sync-store';

const FEED_WINDOW = 16;
/** Even with nothing announced, look again this often: retry times come due, the engine may have come back. */
const HEARTBEAT_MS = 5_000;

/**
 * Keeps the engine fed from the outbox for as long as the app runs: at start,
 * when items are added, when the engine's state changes, on "Sync now", and on a
 * heartbeat. Drains never overlap; a request during one runs another after it.
 */
export class OutboxAgent {
  private readonly feeder = new OutboxFeeder(
    new DexieOutboxStore(database),
    (request) => call('sync.deliver', request),
    {
      window: FEED_WINDOW,
    },
  );
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly cleanups: (() => void)[] = [];

  start(): void {
    this.stopped = false;
    this.cleanups.push(subscribe('sync.state', (state) => this.onEngineState(state)));
    const heartbeat = setInterval(() => this.kick(), HEARTBEAT_MS);
    this.cleanups.push(() => clearInterval(heartbeat));
    const onOutboxWrite = (): void => {
      // Dexie calls hooks inside the writing transaction: start after it commits.
      setTimeout(() => this.kick(), 0);
    };
    database.outbox.hook('creating', onOutboxWrite);
    this.cleanups.push(() => database.outbox.hook('creating').unsubscribe(onOutboxWrite));
    void call('sync.state').then((result) => {
      if (result.ok) this.onEngineState(result.value);
      this.kick();
    });
  }

  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** "Sync now": waiting retries are due at once. */
  async syncNow(): Promise<void> {
    const now = Date.now();
    await database.outbox.where('state').equals('retry-wait').modify({ nextAttemptAt: now });
    const resumed = await call('sync.resume', {});
    if (resumed.ok) this.onEngineState(resumed.value);
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  private async drain(): Promise<void> {
    const engine = useSyncView.getState().engine;
    if (engine?.paused) return;
    if (useSyncView.getState().session.startedAt === null || (await this.nothingPending())) {
      const deliveredBefore = await database.outbox.where('state').anyOf(['delivered', 'import-started']).count();
      useSyncView.setState({ session: { startedAt: Date.now(), deliveredBefore } });
    }
    useSyncView.setState({ running: true });
    try {
      const end = await this.feeder.drain(() => this.stopped);
      useSyncView.setState({ lastEnd: end });
    } finally {
      useSyncView.setState({ running: false });
    }
  }

  private async nothingPending(): Promise<boolean> {
    return (await database.outbox.where('state').anyOf(['queued', 'sending', 'retry-wait']).count()) === 0;
  }

  private onEngineState(state: SyncState): void {
    useSyncView.setState({ engine: state });
    this.feeder.setPausedAccounts(state.pausedAccounts.map((paused) => paused.accountId));
    if (!state.paused) this.kick();
  }
}
