import type { SyncState } from '../contract/ops/sync';
import type { Result } from '../result';
import { OutboxFeeder, type Deliver, type DrainEnd } from './feeder';
import type { OutboxStore } from './outbox-store';
import { acceptedStates, waitingStates } from './states';

/** The engine as the agent sees it: its state, "resume", and its announcements. */
export interface EngineLink {
  state(): Promise<Result<SyncState>>;
  resume(): Promise<Result<SyncState>>;
  onState(listener: (state: SyncState) => void): () => void;
}

export interface AgentClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

/** What the UI knows about delivery right now: the engine's state and this session's progress. */
export interface AgentView {
  engine: SyncState | null;
  /** True while the feeder is handing items to the engine. */
  running: boolean;
  /** Where this sync began, for the progress bar: items already delivered before it started. */
  session: { startedAt: number | null; deliveredBefore: number };
  lastEnd: DrainEnd | null;
}

export const initialAgentView: AgentView = {
  engine: null,
  running: false,
  session: { startedAt: null, deliveredBefore: 0 },
  lastEnd: null,
};

export interface OutboxAgentDeps {
  store: OutboxStore;
  deliver: Deliver;
  engine: EngineLink;
  clock: AgentClock;
  /** Told every change of the view; the renderer keeps it in a zustand store. */
  report?: (change: Partial<AgentView>) => void;
  /** How many deliveries to keep outstanding. */
  window?: number;
  /** Even with nothing announced, look again this often: retry times come due, the engine may have come back. */
  heartbeatMs?: number;
}

/**
 * Keeps the engine fed from the outbox for as long as the app runs: at start,
 * at once after any change that can make an item due (a new item, "Retry now",
 * a correction, "Sync now", an account resumed), when the engine's state changes,
 * and on a heartbeat for retry times. Drains never overlap; a request during one
 * wakes it, and runs another after it.
 */
export class OutboxAgent {
  private readonly feeder: OutboxFeeder;
  private readonly clock: AgentClock;
  private readonly view: AgentView = { ...initialAgentView };
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly deps: OutboxAgentDeps) {
    this.clock = deps.clock;
    this.feeder = new OutboxFeeder(deps.store, deps.deliver, {
      window: deps.window ?? 16,
      now: () => this.clock.now(),
    });
  }

  get store(): OutboxStore {
    return this.deps.store;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.cleanups.push(this.deps.engine.onState((state) => this.onEngineState(state)));
    this.cleanups.push(this.deps.store.onDueChange(() => this.kick()));
    this.cleanups.push(this.clock.every(this.deps.heartbeatMs ?? 5_000, () => this.kick()));
    void this.deps.engine.state().then((result) => {
      if (result.ok) this.onEngineState(result.value);
      this.kick();
    });
  }

  stop(): void {
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** Resolves once no drain is running (tests, and a clean stop). */
  async settled(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** "Sync now": waiting retries are due at once, and a paused engine resumes. */
  async syncNow(): Promise<void> {
    await this.deps.store.syncNow(this.clock.now());
    const resumed = await this.deps.engine.resume();
    if (resumed.ok) this.onEngineState(resumed.value);
    this.kick();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      this.feeder.wake();
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
    if (this.view.engine?.paused) return;
    const { store } = this.deps;
    if (this.view.session.startedAt === null || (await store.countIn(waitingStates)) === 0) {
      const deliveredBefore = await store.countIn(acceptedStates);
      this.update({ session: { startedAt: this.clock.now(), deliveredBefore } });
    }
    this.update({ running: true });
    try {
      const end = await this.feeder.drain(() => this.stopped);
      this.update({ lastEnd: end });
    } finally {
      this.update({ running: false });
    }
  }

  private onEngineState(state: SyncState): void {
    this.update({ engine: state });
    this.feeder.setPausedAccounts(state.pausedAccounts.map((paused) => paused.accountId));
    if (!state.paused) this.kick();
  }

  private update(change: Partial<AgentView>): void {
    Object.assign(this.view, change);
    this.deps.report?.(change);
  }
}
