import { OutboxFeeder } from '../../common/outbox/feeder';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import type { OutboxStore } from '../../common/outbox/outbox-store';
import { queue } from '../../common/outbox/transitions';
import { percentile } from './percentile';

/**
 * The outbox at scale, without a network, for any store and any environment (it runs in
 * Chromium for the Dexie store): 100,000 stored items of which 5,000 are due, created in a
 * shuffled order. Times `due()` (the feeder's question, 16 at a time) and a full drain of the
 * 5,000 through the feeder, with an engine that answers "delivered" at once, so what is
 * measured is the outbox alone.
 */
export const STORED = 100_000;
export const DUE = 5_000;
export const WINDOW = 16;
const DUE_CALLS = 50;

export function outboxWorld(): OutboxItem[] {
  const items: OutboxItem[] = [];
  let seed = 13;
  for (let index = 0; index < STORED; index += 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const item = queue(
      {
        accountId: 'bench',
        label: 'Bench survey',
        payload: {
          kind: 'questionpro.create-response',
          surveyId: 7654321,
          responseId: `bench-${index}`,
          body: { responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }] },
        },
      },
      1_000_000 + seed,
      `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    );
    items.push(index % (STORED / DUE) === 0 ? item : { ...item, state: 'delivered', serverId: String(index) });
  }
  return items;
}

export interface StoreFigures {
  dueP50Ms: number;
  dueP95Ms: number;
  drainSeconds: number;
  /** Due items delivered (each once). */
  delivered: number;
  /** The first window, and the whole drain, went oldest first. */
  oldestFirst: boolean;
  /** Items that were not due but were handed to the engine anyway. */
  othersTouched: number;
  /** Items handed to the engine more than once. */
  deliveredTwice: number;
}

export async function measureStore(store: OutboxStore, items: readonly OutboxItem[]): Promise<StoreFigures> {
  const none = new Set<string>();
  const durations: number[] = [];
  let firstBatch: OutboxItem[] = [];
  for (let call = 0; call < DUE_CALLS; call += 1) {
    const started = performance.now();
    firstBatch = await store.due(Date.now(), WINDOW, none, none);
    durations.push(performance.now() - started);
  }
  const dueByAge = items
    .filter((item) => item.state === 'queued')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const firstWindowOldest =
    firstBatch.map((item) => item.id).join() ===
    dueByAge
      .slice(0, WINDOW)
      .map((item) => item.id)
      .join();

  const order: string[] = [];
  const feeder = new OutboxFeeder(
    store,
    async (request) => {
      order.push(request.item.id);
      return { ok: true, value: { result: 'delivered', itemId: request.item.id, at: Date.now(), serverId: '1' } };
    },
    { window: WINDOW },
  );
  const started = performance.now();
  await feeder.drain();
  const drainSeconds = (performance.now() - started) / 1000;
  const dueIds = new Set(dueByAge.map((item) => item.id));
  const handedOver = order.filter((id) => dueIds.has(id));
  // Started in the order of age, give or take the window the feeder keeps in flight.
  const rank = new Map(dueByAge.map((item, index) => [item.id, index]));
  const drainOldestFirst = handedOver.every((id, index) => Math.abs((rank.get(id) ?? Infinity) - index) < WINDOW);
  durations.sort((a, b) => a - b);
  const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
  return {
    dueP50Ms: round(percentile(durations, 0.5)),
    dueP95Ms: round(percentile(durations, 0.95)),
    drainSeconds: round(drainSeconds),
    delivered: new Set(handedOver).size,
    oldestFirst: firstWindowOldest && drainOldestFirst && (await store.countIn(['delivered'])) === STORED,
    othersTouched: order.filter((id) => !dueIds.has(id)).length,
    deliveredTwice: order.length - new Set(order).size,
  };
}
