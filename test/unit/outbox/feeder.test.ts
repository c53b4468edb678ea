import { describe, expect, it } from 'vitest';
import type { DeliveryOutcome, DeliveryRequest } from '../../../common/sync/delivery';
import { MemoryOutboxStore } from '../../../common/outbox/memory-outbox-store';
import { OutboxFeeder } from '../../../common/outbox/feeder';
import { canDiscard } from '../../../common/outbox/states';
import type { Result } from '../../../common/result';
import { responseItem } from '../../support/sync-world';

/** The feeder's own rules, with the engine replaced by a recorder: what it hands over, and what it writes back. */
function recordingEngine(answer: (request: DeliveryRequest) => Result<DeliveryOutcome>) {
  const requests: DeliveryRequest[] = [];
  return {
    requests,
    deliver: async (request: DeliveryRequest) => {
      requests.push(request);
      return answer(request);
    },
  };
}

const delivered = (request: DeliveryRequest): Result<DeliveryOutcome> => ({
  ok: true,
  value: { result: 'delivered', itemId: request.item.id, at: 1, serverId: '9' },
});

describe('OutboxFeeder', () => {
  it('hands over every due item once, oldest first, never more at a time than its window', async () => {
    const store = new MemoryOutboxStore(Array.from({ length: 25 }, (_, index) => responseItem('acct', 1_000 + index)));
    let inFlight = 0;
    let most = 0;
    const feeder = new OutboxFeeder(
      store,
      async (request) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return delivered(request);
      },
      { window: 4 },
    );
    expect(await feeder.drain()).toBe('empty');
    expect(most).toBe(4);
    expect(store.countByState()).toEqual({ delivered: 25 });
  });

  it('leaves an item "sending" when the engine cannot be reached, and the next attempt asks for a look-up first', async () => {
    const item = responseItem('acct', 1_000);
    const store = new MemoryOutboxStore([item]);
    const lost = recordingEngine(() => ({ ok: false, error: { code: 'bridge-unavailable', message: 'gone' } }));
    expect(await new OutboxFeeder(store, lost.deliver, { window: 4 }).drain()).toBe('disconnected');
    expect(store.items.get(item.id)?.state).toBe('sending');
    expect(lost.requests[0]?.mayExist).toBe(false);

    const back = recordingEngine(delivered);
    await new OutboxFeeder(store, back.deliver, { window: 4 }).drain();
    expect(back.requests.map((request) => request.mayExist)).toEqual([true]);
    expect(store.items.get(item.id)?.state).toBe('delivered');
  });

  it('skips the items of an account the engine paused, and goes on with the others', async () => {
    const paused = responseItem('refused-account', 1_000);
    const fine = responseItem('good-account', 2_000);
    const store = new MemoryOutboxStore([paused, fine]);
    const engine = recordingEngine((request) =>
      request.item.accountId === 'refused-account'
        ? { ok: true, value: { result: 'not-sent', itemId: request.item.id, at: 1, reason: 'account-paused' } }
        : delivered(request),
    );
    const feeder = new OutboxFeeder(store, engine.deliver, { window: 1 });
    expect(await feeder.drain()).toBe('empty');
    expect(store.items.get(paused.id)?.state).toBe('queued');
    expect(store.items.get(fine.id)?.state).toBe('delivered');
    await feeder.drain();
    // Once paused, the account is not offered again until the engine says it may be.
    expect(engine.requests.filter((request) => request.item.accountId === 'refused-account')).toHaveLength(1);
  });

  it('an interrupted item whose account is held is not left "Sending": it waits, may be discarded, and is still looked up first', async () => {
    // Seen in the browser host: a reload between "sending" and the outcome, then an account that no longer exists.
    const item = responseItem('removed-account', 1_000);
    const store = new MemoryOutboxStore([item]);
    const lost = recordingEngine(() => ({ ok: false, error: { code: 'bridge-unavailable', message: 'gone' } }));
    await new OutboxFeeder(store, lost.deliver, { window: 1 }).drain();
    expect(store.items.get(item.id)?.state).toBe('sending');

    const held = recordingEngine((request) => ({
      ok: true,
      value: { result: 'not-sent', itemId: request.item.id, at: 2, reason: 'account-paused' },
    }));
    await new OutboxFeeder(store, held.deliver, { window: 1 }).drain();
    const after = store.items.get(item.id);
    expect(after?.state).toBe('retry-wait');
    expect(after && canDiscard(after)).toBe(true);

    const back = recordingEngine(delivered);
    await new OutboxFeeder(store, back.deliver, { window: 1 }).drain();
    expect(back.requests.map((request) => request.mayExist)).toEqual([true]);
    expect(store.items.get(item.id)?.state).toBe('delivered');
  });

  it('takes an interrupted item even while its account is held, so it never stays "Sending" untouched', async () => {
    // Seen in CI: a reload interrupted the send, and the new page already knew the account was held, so it skipped the item.
    const item = { ...responseItem('removed-account', 1_000), state: 'sending' as const };
    const store = new MemoryOutboxStore([item]);
    const held = recordingEngine((request) => ({
      ok: true,
      value: { result: 'not-sent', itemId: request.item.id, at: 2, reason: 'account-paused' },
    }));
    const feeder = new OutboxFeeder(store, held.deliver, { window: 1 });
    feeder.setPausedAccounts(['removed-account']);
    await feeder.drain();
    expect(held.requests.map((request) => request.mayExist)).toEqual([true]);
    const after = store.items.get(item.id);
    expect(after?.state).toBe('retry-wait');
    expect(after && canDiscard(after)).toBe(true);
    await feeder.drain();
    // Waiting now, it is skipped like the account's other items until the account resumes.
    expect(held.requests).toHaveLength(1);
  });

  it('stops when the engine is paused or offline, leaving the rest as they were', async () => {
    const store = new MemoryOutboxStore(Array.from({ length: 5 }, (_, index) => responseItem('acct', 1_000 + index)));
    const engine = recordingEngine((request) => ({
      ok: true,
      value: { result: 'not-sent', itemId: request.item.id, at: 1, reason: 'offline' },
    }));
    expect(await new OutboxFeeder(store, engine.deliver, { window: 1 }).drain()).toBe('offline');
    expect(engine.requests).toHaveLength(1);
    expect(store.countByState()).toEqual({ queued: 5 });
  });
});
