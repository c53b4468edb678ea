import { describe, expect, it } from 'vitest';
import type { ServiceError } from '../../../common/errors';
import type { OutboxItem, OutboxKind } from '../../../common/outbox/outbox-item';
import { FanOutPublisher } from '../../../main/events/publisher';
import { MemoryLogger } from '../../../main/logging/logger';
import type { Attempt, Deliverer, Deliverers } from '../../../main/sync/deliverer';
import { DeliveryScheduler, type SchedulerDeps } from '../../../main/sync/scheduler';
import { responseItem } from '../../support/sync-world';

/**
 * The scheduler's own rules, with every kind delivered by one scripted deliverer:
 * it never looks at a service, so what it decides follows from the attempt alone.
 */
function scripted(answer: (item: OutboxItem) => Attempt | Promise<Attempt>) {
  const attempts: { id: string; mayExist: boolean }[] = [];
  const deliverer = <K extends OutboxKind>(): Deliverer<K> => ({
    attempt: async (item, mayExist) => {
      attempts.push({ id: item.id, mayExist });
      return answer(item);
    },
  });
  const deliverers: Deliverers = {
    'questionpro.create-response': deliverer(),
    'questionpro.delete-response': deliverer(),
    'qmob.add-respondents': deliverer(),
    'qmob.copy-respondents': deliverer(),
    'qmob.remove-respondents': deliverer(),
  };
  return { attempts, deliverers };
}

const error = (change: Partial<ServiceError>): ServiceError => ({
  code: 'test.error',
  message: 'Something went wrong.',
  service: 'questionpro',
  kind: 'server',
  retryable: true,
  action: 'Wait.',
  known: true,
  ...change,
});

function scheduler(deliverers: Deliverers, change: Partial<SchedulerDeps> = {}) {
  return new DeliveryScheduler({
    deliverers,
    probe: async () => true,
    publisher: new FanOutPublisher(),
    logger: new MemoryLogger(),
    isOnline: () => true,
    now: () => 10_000,
    random: () => 0,
    backoff: { baseMs: 1_000, factor: 2, capMs: 60_000 },
    ...change,
  });
}

const request = (item: OutboxItem, mayExist = false) => ({ item, mayExist });

describe('DeliveryScheduler', () => {
  it('reports what the deliverer achieved', async () => {
    const { deliverers } = scripted(() => ({ result: 'adopted', serverId: '42' }));
    const item = responseItem('acct', 1);
    expect(await scheduler(deliverers).deliver(request(item, true))).toEqual({
      result: 'adopted',
      itemId: item.id,
      at: 10_000,
      serverId: '42',
    });
  });

  it('backs off a retryable failure, and keeps an unknown outcome for the next attempt to look up', async () => {
    const { deliverers } = scripted(() => ({
      result: 'failed',
      error: error({ kind: 'ambiguous-outcome' }),
      outcomeUnknown: true,
    }));
    const item = { ...responseItem('acct', 1), attempts: [{ at: 1, outcome: 'failed' as const }] };
    expect(await scheduler(deliverers).deliver(request(item))).toMatchObject({
      result: 'retry',
      retryAt: 11_000,
      outcomeUnknown: true,
    });
  });

  it('retries a final error when the deliverer asks for patience, and asks for attention otherwise', async () => {
    const refused = error({ kind: 'invalid-data', retryable: false });
    const patient = scripted(() => ({ result: 'failed', error: refused, outcomeUnknown: false, retryAnyway: true }));
    const final = scripted(() => ({ result: 'failed', error: refused, outcomeUnknown: false }));
    const item = responseItem('acct', 1);
    expect((await scheduler(patient.deliverers).deliver(request(item))).result).toBe('retry');
    expect(await scheduler(final.deliverers).deliver(request(item))).toMatchObject({
      result: 'needs-attention',
      error: refused,
    });
  });

  it.each(['auth', 'permission', 'account-missing'] as const)(
    'holds the whole account after a %s failure, and sends nothing more for it until resumed',
    async (kind) => {
      const { attempts, deliverers } = scripted(() => ({
        result: 'failed',
        error: error({ kind, retryable: false }),
        outcomeUnknown: false,
      }));
      const engine = scheduler(deliverers);
      const first = responseItem('acct', 1);
      expect(await engine.deliver(request(first))).toMatchObject({ result: 'not-sent', reason: 'account-paused' });
      expect(engine.state().pausedAccounts).toEqual([{ accountId: 'acct', error: expect.objectContaining({ kind }) }]);
      expect(await engine.deliver(request(responseItem('acct', 2)))).toMatchObject({ reason: 'account-paused' });
      expect(attempts).toHaveLength(1);
      engine.resume('acct');
      await engine.deliver(request(responseItem('acct', 3)));
      expect(attempts).toHaveLength(2);
    },
  );

  it('treats a network failure with nothing sent as out of reach, and waits quietly before trying the account again', async () => {
    let now = 10_000;
    let probes = 0;
    const { attempts, deliverers } = scripted(() => ({
      result: 'failed',
      error: error({ kind: 'network' }),
      outcomeUnknown: false,
    }));
    const engine = scheduler(deliverers, {
      now: () => now,
      monotonicNow: () => now,
      unreachableQuietMs: 1_000,
      probe: async () => {
        probes += 1;
        return false;
      },
    });
    expect(await engine.deliver(request(responseItem('acct', 1)))).toMatchObject({ reason: 'offline' });
    expect(engine.state().online).toBe(false);
    expect(await engine.deliver(request(responseItem('acct', 2)))).toMatchObject({ reason: 'offline' });
    expect([attempts.length, probes]).toEqual([1, 0]);
    now += 1_000;
    await engine.deliver(request(responseItem('acct', 3)));
    expect([attempts.length, probes]).toEqual([1, 1]);
  });

  it('turns a deliverer that throws into a retry whose outcome is unknown', async () => {
    const { deliverers } = scripted(() => {
      throw new Error('bug');
    });
    expect(await scheduler(deliverers).deliver(request(responseItem('acct', 1)))).toMatchObject({
      result: 'retry',
      outcomeUnknown: true,
      error: { code: 'outpost.unexpected' },
    });
  });

  it('joins a second request for an item under way, and sends nothing while paused or offline', async () => {
    let release: (() => void) | undefined;
    const { attempts, deliverers } = scripted(
      () => new Promise<Attempt>((resolve) => (release = () => resolve({ result: 'delivered', serverId: '1' }))),
    );
    let online = true;
    const engine = scheduler(deliverers, { isOnline: () => online });
    const item = responseItem('acct', 1);
    const first = engine.deliver(request(item));
    const second = engine.deliver(request(item));
    await new Promise((resolve) => setTimeout(resolve, 0));
    release?.();
    expect(await second).toEqual(await first);
    expect(attempts).toHaveLength(1);

    engine.pause();
    expect(await engine.deliver(request(responseItem('acct', 2)))).toMatchObject({ reason: 'paused' });
    engine.resume();
    online = false;
    expect(await engine.deliver(request(responseItem('acct', 3)))).toMatchObject({ reason: 'offline' });
    expect(attempts).toHaveLength(1);
  });
});
