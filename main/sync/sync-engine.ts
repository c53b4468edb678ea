import PQueue from 'p-queue';
import { isProxyRefusal, type ServiceError } from '../../common/errors';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import type { DeliveryOutcome, DeliveryRequest } from '../../common/sync/delivery';
import type { SyncState } from '../../common/contract/ops/sync';
import type { ConnectorResult } from '../connectors/errors/connector-result';
import type { EventPublisher } from '../events/publisher';
import type { Logger } from '../logging/logger';
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from './backoff';
import type { DeliveryClients } from './delivery-clients';
import { Reachability } from './reachability';
import { ThroughputMeter } from './throughput-meter';

export interface SyncEngineDeps {
  clients: DeliveryClients;
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

/**
 * Errors after which a create may have been acted on by the server. (A create's
 * timeout after sending is reported as ambiguous-outcome; a plain timeout means
 * the connection never opened.) A 5xx may come after the server stored it.
 */
const possiblyActedOn = new Set<ServiceError['kind']>(['ambiguous-outcome', 'server']);
/** How many times a copy or removal is retried while its respondents may still be importing. */
const IMPORT_PATIENCE_ATTEMPTS = 3;
/** Failures that mean the service is out of reach, with nothing sent. */
const outOfReach = new Set<ServiceError['kind']>(['network', 'timeout']);

/**
 * Delivers outbox items: bounded concurrency, backoff with jitter, pause (all or
 * one account), and exactly-once for QuestionPro responses by looking up an
 * item's UUID (its externalReference) before re-sending after an unknown outcome.
 * Rate limits live in the clients' shared per-key limiters.
 */
export class SyncEngine {
  private readonly queue: PQueue;
  private readonly inFlight = new Map<string, Promise<DeliveryOutcome>>();
  private readonly pausedAccounts = new Map<string, ServiceError>();
  private readonly meter: ThroughputMeter;
  private paused = false;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private readonly reachability: Reachability;

  constructor(private readonly deps: SyncEngineDeps) {
    this.queue = new PQueue({ concurrency: deps.concurrency ?? 8 });
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.backoff = deps.backoff ?? defaultBackoff;
    this.meter = new ThroughputMeter(this.now);
    this.reachability = new Reachability(
      (accountId) => deps.clients.probe(accountId),
      this.now,
      deps.unreachableQuietMs,
    );
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

  /** Resumes everything, or only one account after its credentials were fixed. */
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
      .add(() => this.gate(request.item) ?? this.attempt(request))
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

  private async attempt(request: DeliveryRequest): Promise<DeliveryOutcome> {
    const { item } = request;
    const outcome = await this.send(request).catch((error: unknown) => {
      this.deps.logger.error('Delivery failed unexpectedly', { itemId: item.id, error });
      return this.retry(item, unexpectedError(item.service), true);
    });
    if (outcome.result === 'delivered' || outcome.result === 'adopted' || outcome.result === 'import-started')
      this.meter.count();
    return outcome;
  }

  private async send(request: DeliveryRequest): Promise<DeliveryOutcome> {
    const { item } = request;
    if (!(await this.reachability.isReachable(item.accountId))) return this.notSent(item, 'offline');
    const outcome = await this.sendReachable(request);
    if (
      outcome.result === 'retry' &&
      outOfReach.has(outcome.error.kind) &&
      !isProxyRefusal(outcome.error.code) &&
      !outcome.outcomeUnknown
    ) {
      // Nothing left this machine: the service is out of reach, not refusing. The item waits as it was.
      this.reachability.markDown(item.accountId);
      return this.notSent(item, 'offline');
    }
    return outcome;
  }

  private async sendReachable({ item, mayExist }: DeliveryRequest): Promise<DeliveryOutcome> {
    const payload = item.payload;
    if (payload.kind === 'questionpro.create-response') {
      const client = await this.deps.clients.questionPro(item.accountId);
      if (!client.ok) return this.accountUnusable(item, client.error.message);
      if (mayExist) {
        const found = await client.value.findResponsesByExternalReference(payload.surveyId, item.id);
        if (!found.ok) return this.failed(item, found.error, true);
        const earlier = found.value[0];
        if (earlier) {
          if (found.value.length > 1)
            this.deps.logger.warn('More than one response carries this item id', {
              itemId: item.id,
              count: found.value.length,
            });
          return { result: 'adopted', itemId: item.id, at: this.now(), serverId: String(earlier.responseID) };
        }
      }
      // The item's UUID travels as externalReference whatever the payload says: it is how a lost answer is found again.
      const created = await client.value.createResponse(payload.surveyId, {
        ...payload.body,
        externalReference: item.id,
      });
      if (created.ok)
        return { result: 'delivered', itemId: item.id, at: this.now(), serverId: String(created.value.responseID) };
      return this.failed(item, created.error, possiblyActedOn.has(created.error.kind));
    }

    const client = await this.deps.clients.qmob(item.accountId);
    if (!client.ok) return this.accountUnusable(item, client.error.message);
    // QMob operations are repeatable: add overwrites, copy and remove converge on the same memberships.
    switch (payload.kind) {
      case 'qmob.add-respondents': {
        const started = await client.value.addRespondents({
          groupId: payload.listId,
          respondents: payload.respondents,
          overwrite: payload.overwrite,
          noPassword: payload.noPassword,
        });
        if (started.ok)
          return {
            result: 'import-started',
            itemId: item.id,
            at: this.now(),
            serverId: started.value.importId ?? null,
          };
        return this.failed(item, started.error, false);
      }
      case 'qmob.copy-respondents':
      case 'qmob.remove-respondents': {
        const input = { groupId: payload.listId, usernames: payload.usernames };
        const done: ConnectorResult<{ message: string }> =
          payload.kind === 'qmob.copy-respondents'
            ? await client.value.copyRespondentsToList(input)
            : await client.value.removeRespondentsFromList(input);
        if (done.ok) return { result: 'delivered', itemId: item.id, at: this.now(), serverId: payload.listId };
        return this.failed(item, done.error, false);
      }
    }
  }

  private failed(item: OutboxItem, error: ServiceError, outcomeUnknown: boolean): DeliveryOutcome {
    if (error.kind === 'auth' || error.kind === 'permission') {
      // One refusal of the credentials pauses the account, instead of failing every item after it.
      this.pausedAccounts.set(item.accountId, error);
      this.announce();
      return { result: 'not-sent', itemId: item.id, at: this.now(), reason: 'account-paused', error };
    }
    if (error.retryable || outcomeUnknown || this.mayBeImportStillRunning(item, error))
      return this.retry(item, error, outcomeUnknown);
    return { result: 'needs-attention', itemId: item.id, at: this.now(), error };
  }

  /**
   * QMob imports added respondents asynchronously, so a copy or removal queued
   * right after their add can find them "not existing" yet. A few patient retries
   * tell that apart from respondents that really are unknown.
   */
  private mayBeImportStillRunning(item: OutboxItem, error: ServiceError): boolean {
    if (error.code !== 'qmob.respondents-not-found') return false;
    const earlier = item.attempts.filter((attempt) => attempt.error?.code === error.code).length;
    return earlier < IMPORT_PATIENCE_ATTEMPTS;
  }

  private retry(item: OutboxItem, error: ServiceError, outcomeUnknown: boolean): DeliveryOutcome {
    const failures =
      item.attempts.filter((attempt) => attempt.outcome === 'failed' || attempt.outcome === 'unknown').length + 1;
    const delay = retryDelayMs(failures, this.backoff, this.random, error.retryAfterMs);
    const at = this.now();
    return { result: 'retry', itemId: item.id, at, retryAt: at + delay, error, outcomeUnknown };
  }

  private accountUnusable(item: OutboxItem, reason: string): DeliveryOutcome {
    const error: ServiceError = {
      code: 'outpost.account-unavailable',
      message: reason,
      service: item.service,
      kind: 'auth',
      retryable: false,
      action: 'Open Settings → Accounts and add the account or its credentials again.',
      known: true,
    };
    return this.failed(item, error, false);
  }

  private notSent(item: OutboxItem, reason: 'paused' | 'account-paused' | 'offline' | 'busy'): DeliveryOutcome {
    return { result: 'not-sent', itemId: item.id, at: this.now(), reason };
  }

  private announce(): SyncState {
    const state = this.state();
    this.deps.publisher.publish('sync.state', state);
    return state;
  }
}

function unexpectedError(service: OutboxItem['service']): ServiceError {
  return {
    code: 'outpost.unexpected',
    message: 'Outpost hit an unexpected problem while sending. It will try again.',
    service,
    kind: 'ambiguous-outcome',
    retryable: true,
    action: 'Nothing to do: Outpost retries by itself. If this keeps happening, contact support.',
    known: true,
  };
}
