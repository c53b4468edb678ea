import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncState } from '../../../common/contract';
import type { ServiceError } from '../../../common/errors';
import { OutboxAgent, type AgentClock, type AgentView, type EngineLink } from '../../../common/outbox/outbox-agent';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import type { DeliveryOutcome, DeliveryRequest } from '../../../common/sync/delivery';
import type { Result } from '../../../common/result';
import { responseItem } from '../../support/sync-world';
import { storeMakers, type StoreUnderTest } from './support/stores';

const refusal: ServiceError = {
  code: 'questionpro.1003',
  message: 'The answer is not valid.',
  service: 'questionpro',
  httpStatus: 400,
  kind: 'invalid-data',
  retryable: false,
  action: 'Correct the answer and send again.',
  known: true,
};

const engineState = (change: Partial<SyncState> = {}): SyncState => ({
  paused: false,
  online: true,
  pausedAccounts: [],
  inFlight: 0,
  itemsPerSecond: 0,
  allowedCallsPerSecond: null,
  ...change,
});

/** The engine's side of the contract, announcing states when the test says so. */
class EngineStub implements EngineLink {
  private readonly listeners = new Set<(state: SyncState) => void>();
  constructor(public current: SyncState = engineState()) {}
  async state(): Promise<Result<SyncState>> {
    return { ok: true, value: this.current };
  }
  async resume(): Promise<Result<SyncState>> {
    this.current = { ...this.current, paused: false };
    return { ok: true, value: this.current };
  }
  onState(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  announce(state: SyncState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}

/** Real time, and a heartbeat that beats only when the test says so. */
function handClock(): AgentClock & { beat(): void } {
  const ticks = new Set<() => void>();
  return {
    now: () => Date.now(),
    every: (_ms, tick) => {
      ticks.add(tick);
      return () => ticks.delete(tick);
    },
    beat: () => ticks.forEach((tick) => tick()),
  };
}

/** Deliveries as the engine answers them: delivered after `delayMs`, each start time kept. */
function recordingDeliver(delayMs = 0) {
  const started = new Map<string, number>();
  const deliver = async (request: DeliveryRequest): Promise<Result<DeliveryOutcome>> => {
    started.set(request.item.id, Date.now());
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { ok: true, value: { result: 'delivered', itemId: request.item.id, at: Date.now(), serverId: '1' } };
  };
  return { started, deliver };
}

async function until(condition: () => boolean | Promise<boolean>, limitMs = 2_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe.each(Object.keys(storeMakers) as (keyof typeof storeMakers)[])('outbox agent over the %s store', (kind) => {
  let subject: StoreUnderTest;
  let agent: OutboxAgent | undefined;
  beforeEach(async () => {
    subject = await storeMakers[kind]();
  });
  afterEach(async () => {
    agent?.stop();
    await agent?.settled();
    agent = undefined;
    await subject.dispose();
  });

  function startAgent(options: { delayMs?: number; engine?: EngineStub; views?: Partial<AgentView>[] } = {}) {
    const recorder = recordingDeliver(options.delayMs);
    const clock = handClock();
    const engine = options.engine ?? new EngineStub();
    agent = new OutboxAgent({
      store: subject.store,
      deliver: recorder.deliver,
      engine,
      clock,
      // An hour: anything delivered in these tests was started by a change, not by the heartbeat.
      heartbeatMs: 3_600_000,
      report: (change) => options.views?.push(change),
    });
    agent.start();
    return { ...recorder, clock, engine, agent };
  }

  const refused = (createdAt = 1_000): OutboxItem => ({
    ...responseItem('acct', createdAt),
    state: 'needs-attention',
    problem: refusal,
  });

  it('delivers what is due at start', async () => {
    const queued = responseItem('acct', 1_000);
    await subject.seed([queued]);
    const { started } = startAgent();
    await until(async () => (await subject.store.get(queued.id))?.state === 'delivered');
    expect(started.has(queued.id)).toBe(true);
  });

  it('"Retry now" starts delivery within 200 ms, not at the next heartbeat', async () => {
    const item = refused();
    await subject.seed([item]);
    const { started, agent: running } = startAgent();
    await running.settled();
    expect(started.size).toBe(0);

    const clicked = Date.now();
    await subject.store.retryNow(item.id, clicked);
    await until(() => started.has(item.id), 1_000);
    expect((started.get(item.id) ?? Infinity) - clicked).toBeLessThan(200);
  });

  it('"Edit and send again" starts delivering the correction within 200 ms', async () => {
    const item = refused();
    await subject.seed([item]);
    const { started, agent: running } = startAgent();
    await running.settled();

    const clicked = Date.now();
    if (item.payload.kind !== 'questionpro.create-response') throw new Error('a response item');
    const correction = await subject.store.replace(item.id, { ...item.payload, responseId: 'fixed' }, clicked);
    if (!correction.ok) throw new Error(correction.error.message);
    await until(() => started.has(correction.value.id), 1_000);
    expect((started.get(correction.value.id) ?? Infinity) - clicked).toBeLessThan(200);
    expect(started.has(item.id)).toBe(false);
  });

  it('a retry during a long drain joins it at once instead of waiting for the drain to end', async () => {
    const slow = responseItem('acct', 1_000);
    const item = refused(2_000);
    await subject.seed([slow, item]);
    const { started } = startAgent({ delayMs: 1_500 });
    await until(() => started.has(slow.id));

    const clicked = Date.now();
    await subject.store.retryNow(item.id, clicked);
    await until(() => started.has(item.id), 1_000);
    expect((started.get(item.id) ?? Infinity) - clicked).toBeLessThan(200);
  });

  it('picks up new items queued by any writer', async () => {
    const { started, agent: running } = startAgent();
    await running.settled();
    const fresh = responseItem('acct', 5_000);
    await subject.store.add([fresh]);
    await until(() => started.has(fresh.id), 1_000);
  });

  it("delivers a paused account's items as soon as the engine says it is resumed", async () => {
    const item = responseItem('acct', 1_000);
    await subject.seed([item]);
    const engine = new EngineStub(engineState({ pausedAccounts: [{ accountId: 'acct', error: refusal }] }));
    const { started, agent: running } = startAgent({ engine });
    await running.settled();
    expect(started.size).toBe(0);
    engine.announce(engineState());
    await until(() => started.has(item.id), 1_000);
  });

  it('sends nothing while the engine is paused, and resumes with "Sync now"', async () => {
    const waiting: OutboxItem = {
      ...responseItem('acct', 1_000),
      state: 'retry-wait',
      nextAttemptAt: Date.now() + 3_600_000,
    };
    await subject.seed([waiting]);
    const engine = new EngineStub(engineState({ paused: true }));
    const views: Partial<AgentView>[] = [];
    const { started, agent: running } = startAgent({ engine, views });
    await running.settled();
    expect(started.size).toBe(0);
    await running.syncNow();
    await until(async () => (await subject.store.get(waiting.id))?.state === 'delivered');
    await running.settled();
    expect(views.some((view) => view.running === true)).toBe(true);
    expect(views.at(-1)).toEqual({ running: false });
  });

  it('takes a retry whose time has come at the heartbeat', async () => {
    const soon: OutboxItem = { ...responseItem('acct', 1_000), state: 'retry-wait', nextAttemptAt: Date.now() + 50 };
    await subject.seed([soon]);
    const { started, clock, agent: running } = startAgent();
    await running.settled();
    expect(started.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 60));
    clock.beat();
    await until(() => started.has(soon.id), 1_000);
  });

  it('stops delivering once stopped', async () => {
    const { started, agent: running } = startAgent();
    await running.settled();
    running.stop();
    const fresh = responseItem('acct', 5_000);
    await subject.store.add([fresh]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started.size).toBe(0);
  });
});

describe("outbox agent over the dexie store, inside a caller's transaction", () => {
  it('starts delivery once the transaction that queued the item has committed, and never for one rolled back', async () => {
    const subject = await storeMakers.dexie();
    const database = subject.database;
    if (!database) throw new Error('dexie store without its database');
    const { started, deliver } = recordingDeliver();
    const agent = new OutboxAgent({
      store: subject.store,
      deliver,
      engine: new EngineStub(),
      clock: handClock(),
      heartbeatMs: 3_600_000,
    });
    agent.start();
    await agent.settled();
    try {
      const kept = responseItem('acct', 1_000);
      let committedAt = 0;
      await database.transaction('rw', [database.outbox, database.settings], async () => {
        await subject.store.add([kept]);
        // More work in the same transaction (a timer would let IndexedDB commit it early).
        for (let step = 0; step < 50; step += 1) await database.settings.put({ id: `marker-${step}` });
        // Not yet: the item is not stored until this transaction commits.
        expect(started.has(kept.id)).toBe(false);
      });
      committedAt = Date.now();
      await until(() => started.has(kept.id), 1_000);
      expect((started.get(kept.id) ?? Infinity) - committedAt).toBeLessThan(200);

      const dropped = responseItem('acct', 2_000);
      await expect(
        database.transaction('rw', [database.outbox, database.settings], async () => {
          await subject.store.add([dropped]);
          throw new Error('the finalize failed');
        }),
      ).rejects.toThrow('the finalize failed');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await subject.store.get(dropped.id)).toBeUndefined();
      expect(started.has(dropped.id)).toBe(false);
    } finally {
      agent.stop();
      await agent.settled();
      await subject.dispose();
    }
  });
});
