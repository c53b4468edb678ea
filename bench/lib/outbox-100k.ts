// Dexie reads IndexedDB when it is loaded: fake-indexeddb comes first (Node has none).
import 'fake-indexeddb/auto';
import { OutboxFeeder } from '../../common/outbox/feeder';
import { MemoryOutboxStore } from '../../common/outbox/memory-outbox-store';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import type { OutboxStore } from '../../common/outbox/outbox-store';
import { queue } from '../../common/outbox/transitions';
import { percentile } from './percentile';

/**
 * The outbox at scale, without a network: 100,000 stored items of which 5,000 are
 * due, created in a shuffled order. Times `due()` (the feeder's question, 16 at a
 * time) and a full drain of the 5,000 through the feeder, with an engine that
 * answers "delivered" at once, so what is measured is the outbox alone. The
 * in-memory store is the baseline. The Dexie store runs on fake-indexeddb in Node,
 * which writes far slower than a browser's IndexedDB (a drain of 5,000 does not end
 * in 15 minutes there), so for Dexie only due() is timed here, at 100,000 stored.
 */
const STORED = 100_000;
const DUE = 5_000;
const WINDOW = 16;
const DUE_CALLS = 50;

function world(): OutboxItem[] {
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

interface StoreFigures {
  dueP50Ms: number;
  dueP95Ms: number;
  drainSeconds: number | null;
  delivered: number;
  oldestFirst: boolean;
  othersTouched: number;
}

async function measureStore(store: OutboxStore, items: readonly OutboxItem[], drain: boolean): Promise<StoreFigures> {
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
  const oldestFirst =
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
  if (drain) await feeder.drain();
  const drainSeconds = (performance.now() - started) / 1000;
  const delivered = drain ? await store.countIn(['delivered']) : STORED;
  const dueIds = new Set(dueByAge.map((item) => item.id));
  durations.sort((a, b) => a - b);
  const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
  return {
    dueP50Ms: round(percentile(durations, 0.5)),
    dueP95Ms: round(percentile(durations, 0.95)),
    drainSeconds: drain ? round(drainSeconds) : null,
    delivered: drain ? order.filter((id) => dueIds.has(id)).length : 0,
    oldestFirst: oldestFirst && delivered === STORED,
    othersTouched: order.filter((id) => !dueIds.has(id)).length,
  };
}

export async function outbox100k(): Promise<Record<string, unknown>> {
  const items = world();
  const memory = await measureStore(new MemoryOutboxStore(items), items, true);

  const { OutpostDatabase } = await import('../../renderer/src/db/database');
  const { DexieOutboxStore } = await import('../../renderer/src/outbox/dexie-outbox-store');
  const database = new OutpostDatabase(`bench-outbox-${Date.now()}`);
  await database.open();
  try {
    await database.outbox.bulkAdd(items);
    const dexie = await measureStore(new DexieOutboxStore(database), items, false);
    const drained = (figures: StoreFigures): boolean =>
      figures.delivered === DUE && figures.othersTouched === 0 && figures.oldestFirst;
    return {
      scenario: 'outbox100k',
      stored: STORED,
      due: DUE,
      window: WINDOW,
      dexie,
      memory,
      dueP95Ratio: Number((dexie.dueP95Ms / Math.max(memory.dueP95Ms, 0.001)).toFixed(1)),
      target:
        'due() oldest first in both stores; memory: every due item delivered once, none of the other 95,000 touched',
      met: dexie.oldestFirst && drained(memory),
    };
  } finally {
    database.close();
    await database.delete();
  }
}
