import PQueue from 'p-queue';
import { isProxyRefusal, unexpectedDeliveryError, type ErrorKind, type ServiceError } from '../../common/errors';
import type { SyncState } from '../../common/contract/ops/sync';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import type { DeliveryOutcome, DeliveryRequest, NotSentReason } from '../../common/sync/delivery';
import type { EventPublisher } from '../events/publisher';
import type { Logger } from '../logging/logger';
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from './backoff';
import { attemptDelivery, type Attempt, type Deliverers } from './deliverer';
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
  now?: () => number;
  random?: () => number;
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Calls per second the strictest account allows, for the estimate shown during a sync. */
  allowedCallsPerSecond?: number | null;
  /** After a service could not be reached, how long to wait before probing it again. */
  unreachableQuietMs?: number;
}

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

  constructor(private readonly deps: SchedulerDeps) {
    this.queue = new PQueue({ concurrency: deps.concurrency ?? 8 });
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.backoff = deps.backoff ?? defaultBackoff;
    this.meter = new ThroughputMeter(this.now);
    this.reachability = new Reachability(deps.probe, this.now, deps.unreachableQuietMs);
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

  private async run({ item, mayExist }: DeliveryRequest): Promise<DeliveryOutcome> {
    if (!(await this.reachability.isReachable(item.accountId))) return this.notSent(item, 'offline');
    const attempt = await attemptDelivery(this.deps.deliverers, item, mayExist).catch((error: unknown): Attempt => {
      this.deps.logger.error('Delivery failed unexpectedly', { itemId: item.id, error });
      return { result: 'failed', error: unexpectedDeliveryError(item.service), outcomeUnknown: true };
    });
    const outcome = this.outcomeOf(item, attempt);
    if (outcome.result === 'delivered' || outcome.result === 'adopted' || outcome.result === 'import-started')
      this.meter.count();
    return outcome;
  }

  private outcomeOf(item: OutboxItem, attempt: Attempt): DeliveryOutcome {
    const base = { itemId: item.id, at: this.now() };
    switch (attempt.result) {
      case 'delivered':
      case 'adopted':
        return { ...base, result: attempt.result, serverId: attempt.serverId };
      case 'import-started':
        return { ...base, result: 'import-started', serverId: attempt.serverId };
      case 'failed':
        return this.failed(item, attempt);
    }
  }

  private failed(item: OutboxItem, { error, outcomeUnknown, retryAnyway }: Extract<Attempt, { result: 'failed' }>) {
    const at = this.now();
    if (outOfReach.has(error.kind) && !isProxyRefusal(error.code) && !outcomeUnknown) {
      // Nothing left this machine: the service is out of reach, not refusing. The item waits as it was.
      // (A proxy that refuses is an answer to act on, not an outage: it takes the retry path.)
      this.reachability.markDown(item.accountId);
      return this.notSent(item, 'offline');
    }
    if (holdsTheAccount.has(error.kind)) {
      this.pausedAccounts.set(item.accountId, error);
      this.announce();
      return { result: 'not-sent', itemId: item.id, at, reason: 'account-paused', error } as const;
    }
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
