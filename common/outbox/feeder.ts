import type { Result } from '../result';
import { mayAlreadyExist, type DeliveryOutcome, type DeliveryRequest } from '../sync/delivery';
import type { OutboxItem } from './outbox-item';
import type { OutboxStore, Pickup } from './outbox-store';
import { awaitsVerification } from './states';
import type { Position } from './transitions';

export type Deliver = (request: DeliveryRequest) => Promise<Result<DeliveryOutcome>>;

export type DrainEnd = 'empty' | 'paused' | 'offline' | 'disconnected' | 'stopped';

export interface FeederOptions {
  /** How many deliveries to keep outstanding; the engine's own queue bounds real concurrency. */
  window: number;
  now?: () => number;
}

/**
 * Feeds due outbox items to the engine and records what became of them. It
 * holds no state that matters across a crash: everything it knows is in the store.
 */
export class OutboxFeeder {
  private readonly inFlight = new Set<string>();
  private readonly pausedAccounts = new Set<string>();
  private readonly now: () => number;
  private wakeUp: (() => void) | null = null;
  private woken = false;

  constructor(
    private readonly store: OutboxStore,
    private readonly deliver: Deliver,
    private readonly options: FeederOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Accounts the engine paused (credentials refused) are skipped until resumed. */
  setPausedAccounts(accountIds: Iterable<string>): void {
    this.pausedAccounts.clear();
    for (const id of accountIds) this.pausedAccounts.add(id);
  }

  /** Something may have become due: a drain waiting on deliveries in flight looks for it now. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Delivers until nothing is due, or until the engine says to stop. */
  async drain(shouldStop: () => boolean = () => false): Promise<DrainEnd> {
    let end: DrainEnd | undefined;
    const running = new Set<Promise<void>>();

    const fill = async (): Promise<boolean> => {
      const room = this.options.window - this.inFlight.size;
      if (room <= 0) return true;
      const items = await this.store.due(this.now(), room, this.inFlight, this.pausedAccounts);
      for (const candidate of items) {
        if (end !== undefined) break;
        // A delivered item comes due only for a verification: looked up, never sent, so never "sending".
        const picked: Pickup | null = awaitsVerification(candidate)
          ? { item: candidate, before: { state: candidate.state, nextAttemptAt: candidate.nextAttemptAt } }
          : await this.store.markSending(candidate.id, this.now());
        if (!picked) continue;
        this.inFlight.add(candidate.id);
        const task = this.send(picked.item, picked.before).then((result) => {
          end ??= result;
        });
        const tracked = task.finally(() => {
          running.delete(tracked);
          this.inFlight.delete(candidate.id);
        });
        running.add(tracked);
      }
      return items.length > 0;
    };

    for (;;) {
      this.woken = false;
      if (shouldStop()) end ??= 'stopped';
      if (end === undefined) await fill();
      if (running.size === 0) {
        // A last look: items that became due while the window was full.
        if (end === undefined && (await fill()) && running.size > 0) continue;
        return end ?? 'empty';
      }
      if (this.woken) continue;
      const woken = new Promise<void>((resolve) => (this.wakeUp = resolve));
      await Promise.race([...running, woken]);
      this.wakeUp = null;
    }
  }

  /** Returns why draining should end, or undefined to go on. */
  private async send(item: OutboxItem, before: Position): Promise<DrainEnd | undefined> {
    const verify = awaitsVerification(item);
    const result = await this.deliver({
      item,
      mayExist: verify || mayAlreadyExist(item, before.state),
      ...(verify ? { verify } : {}),
    });
    if (!result.ok) {
      // The engine could not be reached: the item stays "sending", and the next attempt looks it up first.
      return 'disconnected';
    }
    const outcome = result.value;
    await this.store.record(item.id, outcome, before);
    if (outcome.result !== 'not-sent') return undefined;
    if (outcome.reason === 'account-paused') {
      this.pausedAccounts.add(item.accountId);
      return undefined;
    }
    if (outcome.reason === 'busy') return undefined;
    return outcome.reason;
  }
}
