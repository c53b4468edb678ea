import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import { OutboxFeeder } from '../../common/outbox/feeder';
import { MemoryOutboxStore } from '../../common/outbox/memory-outbox-store';
import { awaitsVerification, isWaiting } from '../../common/outbox/states';
import { AccountsService } from '../../main/accounts/accounts-service';
import { ClientFactory } from '../../main/accounts/client-factory';
import { RateLimiterRegistry, SlidingWindowRateLimiter } from '../../main/connectors/limits/rate-limiter';
import type { Connector } from '../../main/connectors/transport/connector';
import { HttpsTransport } from '../../main/connectors/transport/https-transport';
import { FanOutPublisher } from '../../main/events/publisher';
import { MemoryLogger } from '../../main/logging/logger';
import { MemorySecretStore } from '../../main/secrets/memory-secret-store';
import { AccountDeliveryClients } from '../../main/sync/account-delivery-clients';
import type { BackoffPolicy } from '../../main/sync/backoff';
import { createDeliverers } from '../../main/composition/deliverers';
import { DeliveryScheduler } from '../../main/sync/scheduler';
import { QMOB_PROJECT } from '../../sandbox/services/seed-data';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox/index';

export interface SyncWorldOptions {
  sandbox?: SandboxOptions;
  concurrency?: number;
  /** Client-side limit per QuestionPro account; the documented 300/60 s by default. */
  rateLimit?: { calls: number; windowMs: number };
  backoff?: BackoffPolicy;
  totalTimeoutMs?: number;
  apiKey?: string;
  unreachableQuietMs?: number;
  /** Open every connection through this (a relay or fault tool in front of the sandbox); direct by default. */
  connector?: Connector;
  /** Verification periods; short by default so tests see both checks. */
  verifyQuietMs?: number;
  verifyAgainMs?: number;
  /** How often a clock-paused account is probed. */
  clockProbeMs?: number;
  stallTimeoutMs?: number;
}

/**
 * A real sandbox over HTTPS, real accounts, clients, engine and feeder, with an
 * in-memory outbox: the whole delivery path as the app runs it, minus the UI.
 */
export class SyncWorld {
  readonly logger = new MemoryLogger();
  readonly store = new MemoryOutboxStore();
  private constructor(
    readonly sandbox: RunningSandbox,
    readonly accounts: AccountsService,
    readonly engine: DeliveryScheduler,
    readonly questionProAccountId: string,
    readonly qmobAccountId: string,
    private readonly transport: HttpsTransport,
    private readonly clients: AccountDeliveryClients,
    /** Where the engine announces its state. */
    readonly publisher: FanOutPublisher,
  ) {}

  /** As the app does when an account's settings change: the next delivery builds a fresh client. */
  forgetClients(accountId: string): void {
    this.clients.forget(accountId);
  }

  static async start(options: SyncWorldOptions = {}): Promise<SyncWorld> {
    const sandbox = await startSandbox({ seed: 11, ...options.sandbox });
    const logger = new MemoryLogger();
    const rateLimit = options.rateLimit ?? { calls: 300, windowMs: 60_000 };
    const limiters = new RateLimiterRegistry(
      () => new SlidingWindowRateLimiter({ callsPerWindow: rateLimit.calls, windowMs: rateLimit.windowMs }),
    );
    const transport = new HttpsTransport({
      appVersion: '0.0.0-test',
      ...(options.totalTimeoutMs ? { totalTimeoutMs: options.totalTimeoutMs } : {}),
      ...(options.connector ? { connector: options.connector } : {}),
      ...(options.stallTimeoutMs ? { stallTimeoutMs: options.stallTimeoutMs } : {}),
    });
    const accounts = new AccountsService({
      dataDir: mkdtempSync(join(tmpdir(), 'outpost-sync-')),
      secrets: new MemorySecretStore(),
      clients: new ClientFactory(transport, limiters),
    });
    const questionPro = await accounts.addQuestionPro({
      label: 'Sandbox QuestionPro',
      location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
      userId: String(sandbox.info.questionpro.userId),
      practice: false,
      extraCaPem: sandbox.caCertPem,
      apiKey: options.apiKey ?? sandbox.info.questionpro.apiKey,
    });
    const qmob = await accounts.addQmob({
      label: 'Sandbox QMob',
      location: { customBaseUrl: sandbox.info.qmob.baseUrl },
      project: QMOB_PROJECT,
      userName: sandbox.info.qmob.userName,
      practice: false,
      extraCaPem: sandbox.caCertPem,
      password: sandbox.info.qmob.password,
    });
    if (!questionPro.ok || !qmob.ok) throw new Error('Could not add sandbox accounts');
    const clients = new AccountDeliveryClients(accounts, async () => undefined, options.connector);
    const publisher = new FanOutPublisher();
    const engine = new DeliveryScheduler({
      deliverers: createDeliverers(clients, logger),
      probe: (accountId) => clients.probe(accountId),
      publisher,
      logger,
      isOnline: () => true,
      concurrency: options.concurrency ?? 8,
      ...(options.backoff ? { backoff: options.backoff } : {}),
      ...(options.unreachableQuietMs !== undefined ? { unreachableQuietMs: options.unreachableQuietMs } : {}),
      verifyQuietMs: options.verifyQuietMs ?? 300,
      verifyAgainMs: options.verifyAgainMs ?? 300,
      verifyRetryMs: 200,
      clockProbeMs: options.clockProbeMs ?? 200,
    });
    return new SyncWorld(sandbox, accounts, engine, questionPro.value.id, qmob.value.id, transport, clients, publisher);
  }

  feeder(window = 16): OutboxFeeder {
    return new OutboxFeeder(this.store, async (request) => ({ ok: true, value: await this.engine.deliver(request) }), {
      window,
    });
  }

  /** Feeds until nothing is due or waiting, following retry times. */
  async deliverAll(window = 16, limitMs = 20_000): Promise<void> {
    const deadline = Date.now() + limitMs;
    const feeder = this.feeder(window);
    for (;;) {
      await feeder.drain();
      // Delivered items still owed a verification count as waiting: their copies are not counted yet.
      const waiting = [...this.store.items.values()].filter((item) => isWaiting(item) || awaitsVerification(item));
      if (waiting.length === 0) return;
      if (Date.now() > deadline) throw new Error(`${waiting.length} items still waiting`);
      const nextDue = Math.min(...waiting.map((item) => item.nextAttemptAt ?? 0));
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, Math.max(10, nextDue - Date.now()))));
    }
  }

  /** Responses to the seed's own survey, each with a fresh item id. */
  queueResponses(count: number, now = Date.now()): OutboxItem[] {
    const items = Array.from({ length: count }, (_, index) => responseItem(this.questionProAccountId, now + index));
    this.store.seed(items);
    return items;
  }

  /** Copies of each item id the sandbox holds, counted from the sandbox's own state. */
  storedCopies(): Map<string, number> {
    const copies = new Map<string, number>();
    for (const response of this.sandbox.state().questionpro.responses) {
      copies.set(response.externalReference, (copies.get(response.externalReference) ?? 0) + 1);
    }
    return copies;
  }

  /** Copies removed by verifications, counted from the items' histories. */
  duplicatesRepaired(): number {
    let removed = 0;
    for (const item of this.store.items.values())
      for (const attempt of item.attempts) removed += attempt.removed?.length ?? 0;
    return removed;
  }

  async close(): Promise<void> {
    this.engine.dispose();
    this.transport.close();
    await this.sandbox.close();
  }
}

export function responseItem(accountId: string, createdAt: number, id: string = crypto.randomUUID()): OutboxItem {
  return {
    id,
    accountId,
    service: 'questionpro',
    payload: {
      kind: 'questionpro.create-response',
      surveyId: 7654321,
      responseId: `local-${id}`,
      body: {
        responseStatus: 'Completed',
        externalReference: id,
        responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
      },
    },
    label: 'Test Survey',
    state: 'queued',
    createdAt,
    updatedAt: createdAt,
    nextAttemptAt: null,
    attempts: [],
    problem: null,
    serverId: null,
    replaces: null,
    replacedBy: null,
    idempotent: false,
  };
}
