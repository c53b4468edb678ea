import PQueue from 'p-queue';
import {
  wrongClockError,
  isProxyRefusal,
  unexpectedDeliveryError,
  type ErrorKind,
  type ServiceError,
} from '../../common/errors';
import type { SyncState } from '../../common/contract/ops/sync';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import {
  VERIFY_AGAIN_MS,
  VERIFY_QUIET_MS,
  VERIFY_RETRY_MS,
  nextVerificationAt,
} from '../../common/outbox/verification';
import type { DeliveryOutcome, DeliveryRequest, NotSentReason } from '../../common/sync/delivery';
import type { EventPublisher } from '../events/publisher';
import type { Logger } from '../logging/logger';
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from './backoff';
import { attemptDelivery, verifiable, verifyDelivery, type Attempt, type Check, type Deliverers } from './deliverer';
import { Reachability } from './reachability';
import { ThroughputMeter } from './throughput-meter';

export interface SchedulerDeps {
  /** One per payload kind, registered in the composition root. */
  deliverers: Deliverers;
  /** Whether an account's service answers at all (a TLS handshake, no API call). */
  probe: (accountId: string) => Promise<boolean>;
  publisher: EventPublisher;
  logger: Logger;
  isOnline: () => boolean;
  /** Wall-clock time, for what is stored (attempt times, retry and verification times). */
  now?: () => number;
  /** A clock that never jumps, for waits and windows in memory (reachability, throughput). */
  monotonicNow?: () => number;
  random?: () => number;
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Calls per second the strictest account allows, for the estimate shown during a sync. */
  allowedCallsPerSecond?: number | null;
  /** After a service could not be reached, how long to wait before probing it again. */
  unreachableQuietMs?: number;
  /** After a delivery that went through an unknown outcome: how long before looking for late copies. */
  verifyQuietMs?: number;
  /** When the second verification is due if no "Sync now" comes first. */
  verifyAgainMs?: number;
  /** After a verification that could not be made. */
  verifyRetryMs?: number;
  /** While an account is paused for the computer's date, how often to check whether it is right again. */
  clockProbeMs?: number;
}

const isWrongClock = (error: ServiceError): boolean => error.code.endsWith('.certificate-date');

/** Failures that mean the service is out of reach, with nothing sent. */
const outOfReach = new Set<ErrorKind>(['network', 'timeout']);
/** Failures that hold every item of the account until the user fixes it, instead of failing each one. */
const holdsTheAccount = new Set<ErrorKind>(['auth', 'permission', 'account-missing']);

/**
 * Runs deliveries: bounded concurrency, pause (all or one account), reachability,
 * backoff with jitter, throughput. It knows no service: what an attempt is, is
 * the deliverer's for the item's kind. Rate limits live in the clients' per-key limiters.
 */
export class DeliveryScheduler {
  private readonly queue: PQueue;
  private readonly inFlight = new Map<string, Promise<DeliveryOutcome>>();
  private readonly pausedAccounts = new Map<string, ServiceError>();
  private readonly meter: ThroughputMeter;
  private paused = false;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private readonly reachability: Reachability;
  private readonly clockProbes = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: SchedulerDeps) {
    this.queue = new PQueue({ concurrency: deps.concurrency ?? 8 });
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.backoff = deps.backoff ?? defaultBackoff;
    const monotonicNow = deps.monotonicNow ?? (() => performance.now());
    this.meter = new ThroughputMeter(monotonicNow);
    this.reachability = new Reachability(deps.probe, monotonicNow, deps.unreachableQuietMs);
  }

  /** Stops the checks of paused accounts' clocks (on shutdown). */
  dispose(): void {
    for (const timer of this.clockProbes.values()) clearTimeout(timer);
    this.clockProbes.clear();
  }

  state(): SyncState {
    return {
      paused: this.paused,
      online: this.deps.isOnline() && !this.reachability.anyDown(),
      pausedAccounts: [...this.pausedAccounts].map(([accountId, error]) => ({ accountId, error })),
      inFlight: this.inFlight.size,
      itemsPerSecond: this.meter.perSecond(),
      allowedCallsPerSecond: this.deps.allowedCallsPerSecond ?? null,
    };
  }

  pause(): SyncState {
    this.paused = true;
    return this.announce();
  }

  /** Resumes everything, or only one account after its settings or credentials changed. */
  resume(accountId?: string): SyncState {
    if (accountId === undefined) {
      this.paused = false;
      this.pausedAccounts.clear();
    } else {
      this.pausedAccounts.delete(accountId);
      this.reachability.forget(accountId);
    }
    return this.announce();
  }

  /** Holds back one account until it is resumed, e.g. while its secret must be entered again. */
  holdAccount(accountId: string, error: ServiceError): SyncState {
    this.pausedAccounts.set(accountId, error);
    return this.announce();
  }

  /** A second request for an item already under way joins it instead of sending twice. */
  deliver(request: DeliveryRequest): Promise<DeliveryOutcome> {
    const existing = this.inFlight.get(request.item.id);
    if (existing) return existing;
    const gate = this.gate(request.item);
    if (gate) return Promise.resolve(gate);
    const running = this.queue
      .add(() => this.gate(request.item) ?? this.run(request))
      .then((outcome) => outcome ?? this.notSent(request.item, 'busy'))
      .finally(() => this.inFlight.delete(request.item.id));
    this.inFlight.set(request.item.id, running);
    return running;
  }

  private gate(item: OutboxItem): DeliveryOutcome | undefined {
    if (this.paused) return this.notSent(item, 'paused');
    if (this.pausedAccounts.has(item.accountId)) return this.notSent(item, 'account-paused');
    if (!this.deps.isOnline()) return this.notSent(item, 'offline');
    return undefined;
  }

  private async run({ item, mayExist, verify }: DeliveryRequest): Promise<DeliveryOutcome> {
    if (!(await this.reachability.isReachable(item.accountId))) return this.notSent(item, 'offline');
    if (verify) return this.verify(item);
    const attempt = await attemptDelivery(this.deps.deliverers, item, mayExist).catch((error: unknown): Attempt => {
      this.deps.logger.error('Delivery failed unexpectedly', { itemId: item.id, error });
      return { result: 'failed', error: unexpectedDeliveryError(item.service), outcomeUnknown: true };
    });
    const outcome = this.outcomeOf(item, attempt, mayExist);
    if (outcome.result === 'delivered' || outcome.result === 'adopted' || outcome.result === 'import-started')
      this.meter.count();
    return outcome;
  }

  private outcomeOf(item: OutboxItem, attempt: Attempt, mayExist: boolean): DeliveryOutcome {
    const base = { itemId: item.id, at: this.now() };
    switch (attempt.result) {
      case 'delivered':
      case 'adopted': {
        // An earlier attempt of unknown outcome may still land (held by a relay or a server queue): look again later.
        const verifyAt =
          mayExist && verifiable(this.deps.deliverers, item)
            ? base.at + (this.deps.verifyQuietMs ?? VERIFY_QUIET_MS)
            : undefined;
        return {
          ...base,
          result: attempt.result,
          serverId: attempt.serverId,
          ...(verifyAt ? { verifyAt } : {}),
          ...(attempt.result === 'delivered' && attempt.serverMessage !== undefined
            ? { serverMessage: attempt.serverMessage }
            : {}),
        };
      }
      case 'import-started':
        return {
          ...base,
          result: 'import-started',
          serverId: attempt.serverId,
          ...(attempt.serverMessage !== undefined ? { serverMessage: attempt.serverMessage } : {}),
        };
      case 'failed':
        return this.failed(item, attempt);
    }
  }

  /** A verification: look the delivered item up and remove late copies; it never sends the item. */
  private async verify(item: OutboxItem): Promise<DeliveryOutcome> {
    const checking = verifyDelivery(this.deps.deliverers, item);
    const base = { result: 'verified', itemId: item.id } as const;
    if (!checking) return { ...base, at: this.now(), check: null, nextCheckAt: null };
    const check = await checking.catch((error: unknown): Check => {
      this.deps.logger.error('Verification failed unexpectedly', { itemId: item.id, error });
      return { result: 'failed', error: unexpectedDeliveryError(item.service) };
    });
    const at = this.now();
    if (check.result === 'checked') {
      const nextCheckAt =
        check.remaining > 0
          ? at + (this.deps.verifyRetryMs ?? VERIFY_RETRY_MS)
          : nextVerificationAt(item, at, this.deps.verifyAgainMs ?? VERIFY_AGAIN_MS);
      return { ...base, at, check: { serverId: check.serverId, removed: check.removed }, nextCheckAt };
    }
    const { error } = check;
    const held = this.holdAccountFor(item, error);
    if (held) return held;
    if (outOfReach.has(error.kind) && !isProxyRefusal(error.code)) {
      this.reachability.markDown(item.accountId);
      return this.notSent(item, 'offline');
    }
    // A check that cannot work (the survey is gone, access refused for it) is given up, and says so in the history.
    if (!error.retryable && error.kind !== 'ambiguous-outcome')
      return { ...base, at, check: null, nextCheckAt: null, error };
    return { ...base, at, check: null, nextCheckAt: at + (this.deps.verifyRetryMs ?? VERIFY_RETRY_MS) };
  }

  /**
   * Failures that are about the account, not the item: the account waits (nothing
   * is recorded against the item) until they are fixed. A certificate not valid on
   * this computer's date pauses it once, with the date named, and it resumes by
   * itself as soon as a handshake succeeds again.
   */
  private holdAccountFor(item: OutboxItem, error: ServiceError): DeliveryOutcome | undefined {
    const at = this.now();
    if (isWrongClock(error)) {
      if (!isWrongClock(this.pausedAccounts.get(item.accountId) ?? unexpectedDeliveryError(item.service))) {
        this.pausedAccounts.set(item.accountId, wrongClockError(item.service, new Date(at)));
        this.announce();
        this.watchClock(item.accountId);
      }
      return { result: 'not-sent', itemId: item.id, at, reason: 'account-paused' };
    }
    if (holdsTheAccount.has(error.kind)) {
      this.pausedAccounts.set(item.accountId, error);
      this.announce();
      return { result: 'not-sent', itemId: item.id, at, reason: 'account-paused', error };
    }
    return undefined;
  }

  private watchClock(accountId: string): void {
    clearTimeout(this.clockProbes.get(accountId));
    const timer = setTimeout(() => {
      this.clockProbes.delete(accountId);
      const paused = this.pausedAccounts.get(accountId);
      if (!paused || !isWrongClock(paused)) return;
      void this.deps.probe(accountId).then((fine) => {
        if (!fine) return this.watchClock(accountId);
        this.deps.logger.info('The certificate is valid again on this computer’s date; resuming', { accountId });
        this.resume(accountId);
      });
    }, this.deps.clockProbeMs ?? 30_000);
    timer.unref?.();
    this.clockProbes.set(accountId, timer);
  }

  private failed(item: OutboxItem, { error, outcomeUnknown, retryAnyway }: Extract<Attempt, { result: 'failed' }>) {
    const at = this.now();
    // Checked before reachability: a wrong clock is not an outage, and the user must be told.
    if (isWrongClock(error)) return this.holdAccountFor(item, error) as DeliveryOutcome;
    if (outOfReach.has(error.kind) && !isProxyRefusal(error.code) && !outcomeUnknown) {
      // Nothing left this machine: the service is out of reach, not refusing. The item waits as it was.
      // (A proxy that refuses is an answer to act on, not an outage: it takes the retry path.)
      this.reachability.markDown(item.accountId);
      return this.notSent(item, 'offline');
    }
    const held = this.holdAccountFor(item, error);
    if (held) return held;
    if (error.retryable || outcomeUnknown || retryAnyway) {
      const failures =
        item.attempts.filter((attempt) => attempt.outcome === 'failed' || attempt.outcome === 'unknown').length + 1;
      const delay = retryDelayMs(failures, this.backoff, this.random, error.retryAfterMs);
      return { result: 'retry', itemId: item.id, at, retryAt: at + delay, error, outcomeUnknown } as const;
    }
    return { result: 'needs-attention', itemId: item.id, at, error } as const;
  }

  private notSent(item: OutboxItem, reason: NotSentReason): DeliveryOutcome {
    return { result: 'not-sent', itemId: item.id, at: this.now(), reason };
  }

  private announce(): SyncState {
    const state = this.state();
    this.deps.publisher.publish('sync.state', state);
    return state;
  }
}
