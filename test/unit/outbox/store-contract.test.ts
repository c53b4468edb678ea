import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceError } from '../../../common/errors';
import type { OutboxItem, OutboxState } from '../../../common/outbox/outbox-item';
import { isDue } from '../../../common/outbox/states';
import type { DeliveryOutcome } from '../../../common/sync/delivery';
import { responseItem } from '../../support/sync-world';
import { storeMakers, type StoreUnderTest } from './support/stores';

const serverError: ServiceError = {
  code: 'questionpro.1026',
  message: 'QuestionPro had an internal problem.',
  service: 'questionpro',
  httpStatus: 500,
  kind: 'server',
  retryable: true,
  action: 'Nothing to do: Outpost tries again.',
  known: true,
};
const refusal: ServiceError = { ...serverError, code: 'questionpro.1003', kind: 'invalid-data', retryable: false };

const none = new Set<string>();
const item = (createdAt: number, change: Partial<OutboxItem> = {}, accountId = 'acct'): OutboxItem => ({
  ...responseItem(accountId, createdAt),
  ...change,
});

/** Outcomes the engine can report, for an item picked at 2,000. */
const outcomes = (id: string): Record<DeliveryOutcome['result'], DeliveryOutcome> => ({
  delivered: { result: 'delivered', itemId: id, at: 2_000, serverId: '77' },
  adopted: { result: 'adopted', itemId: id, at: 2_000, serverId: '78' },
  'import-started': { result: 'import-started', itemId: id, at: 2_000, serverId: 'imp-1' },
  retry: { result: 'retry', itemId: id, at: 2_000, retryAt: 9_000, error: serverError, outcomeUnknown: true },
  'needs-attention': { result: 'needs-attention', itemId: id, at: 2_000, error: refusal },
  'not-sent': { result: 'not-sent', itemId: id, at: 2_000, reason: 'offline' },
  verified: { result: 'verified', itemId: id, at: 2_000, check: { serverId: '79', removed: [] }, nextCheckAt: null },
});

/** One contract, both stores: whatever the app does with Dexie, the benchmark and Node tests see the same with memory. */
describe.each(Object.keys(storeMakers) as (keyof typeof storeMakers)[])('%s outbox store', (kind) => {
  let subject: StoreUnderTest;
  let changes: number;
  beforeEach(async () => {
    subject = await storeMakers[kind]();
    changes = 0;
    subject.store.onDueChange(() => (changes += 1));
  });
  afterEach(async () => subject.dispose());
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('queues new items, and refuses an id twice without adding any of the batch', async () => {
    const first = item(1_000);
    await subject.store.add([first]);
    expect(await subject.store.get(first.id)).toEqual(first);
    const fresh = item(1_001);
    await expect(subject.store.add([fresh, first])).rejects.toThrow();
    expect(await subject.store.get(fresh.id)).toBeUndefined();
    await settle();
    expect(changes).toBe(1);
  });

  it('returns due items oldest first, across queued, interrupted and due retries, and nothing else', async () => {
    const states: [number, Partial<OutboxItem>][] = [
      [50, { state: 'retry-wait', nextAttemptAt: 1_500 }],
      [40, { state: 'queued' }],
      [30, { state: 'sending' }],
      [20, { state: 'retry-wait', nextAttemptAt: 5_000 }],
      [10, { state: 'needs-attention', problem: refusal }],
      [5, { state: 'delivered', serverId: '1' }],
      [4, { state: 'import-started' }],
      [3, { state: 'replaced' }],
      [2, { state: 'discarded' }],
      [60, { state: 'queued' }],
    ];
    const items = states.map(([createdAt, change]) => item(createdAt, change));
    await subject.seed(items);
    const due = await subject.store.due(2_000, 10, none, none);
    expect(due.map((found) => found.createdAt)).toEqual([30, 40, 50, 60]);
    expect((await subject.store.due(5_000, 10, none, none)).map((found) => found.createdAt)).toEqual([
      20, 30, 40, 50, 60,
    ]);
    expect((await subject.store.due(5_000, 2, none, none)).map((found) => found.createdAt)).toEqual([20, 30]);
  });

  it('skips the ids in flight and the accounts the engine paused', async () => {
    const a = item(1, {}, 'a');
    const b = item(2, {}, 'paused');
    const c = item(3, {}, 'a');
    await subject.seed([a, b, c]);
    const due = await subject.store.due(10, 5, new Set([a.id]), new Set(['paused']));
    expect(due.map((found) => found.id)).toEqual([c.id]);
  });

  it('marks an item sending with where it stood, and refuses items that are not due', async () => {
    const waiting = item(1, { state: 'retry-wait', nextAttemptAt: 1_500, problem: serverError });
    const later = item(2, { state: 'retry-wait', nextAttemptAt: 9_000 });
    const done = item(3, { state: 'delivered' });
    await subject.seed([waiting, later, done]);
    const picked = await subject.store.markSending(waiting.id, 2_000);
    expect(picked?.before).toEqual({ state: 'retry-wait', nextAttemptAt: 1_500 });
    expect(picked?.item).toMatchObject({ state: 'sending', nextAttemptAt: null, updatedAt: 2_000 });
    expect(await subject.store.get(waiting.id)).toEqual(picked?.item);
    expect(await subject.store.markSending(later.id, 2_000)).toBeNull();
    expect(await subject.store.markSending(done.id, 2_000)).toBeNull();
    expect(await subject.store.markSending('no-such-item', 2_000)).toBeNull();
  });

  it.each([
    ['delivered', { state: 'delivered', serverId: '77', problem: null, nextAttemptAt: null }],
    ['adopted', { state: 'delivered', serverId: '78', problem: null }],
    ['import-started', { state: 'import-started', serverId: 'imp-1' }],
    ['retry', { state: 'retry-wait', nextAttemptAt: 9_000, problem: serverError }],
    ['needs-attention', { state: 'needs-attention', nextAttemptAt: null, problem: refusal }],
  ] as const)('records a %s outcome', async (result, expected) => {
    const queued = item(1, { problem: serverError });
    await subject.seed([queued]);
    const picked = await subject.store.markSending(queued.id, 1_500);
    await subject.store.record(
      queued.id,
      outcomes(queued.id)[result],
      picked?.before ?? { state: 'queued', nextAttemptAt: null },
    );
    const stored = await subject.store.get(queued.id);
    expect(stored).toMatchObject({ ...expected, updatedAt: 2_000 });
    expect(stored?.attempts).toHaveLength(1);
    expect(isDue(stored ?? queued, 9_000)).toBe(result === 'retry');
  });

  it('puts an item back exactly where it stood when nothing was sent', async () => {
    const waiting = item(1, { state: 'retry-wait', nextAttemptAt: 1_500, problem: serverError });
    await subject.seed([waiting]);
    const picked = await subject.store.markSending(waiting.id, 1_600);
    await subject.store.record(waiting.id, outcomes(waiting.id)['not-sent'], picked?.before ?? waiting);
    expect(await subject.store.get(waiting.id)).toMatchObject({
      state: 'retry-wait',
      nextAttemptAt: 1_500,
      attempts: [],
      problem: serverError,
    });
  });

  it('ignores an outcome for an item that is no longer sending', async () => {
    const gone = item(1, { state: 'discarded' });
    await subject.seed([gone]);
    await subject.store.record(gone.id, outcomes(gone.id).delivered, { state: 'queued', nextAttemptAt: null });
    expect(await subject.store.get(gone.id)).toEqual(gone);
  });

  it('"Retry now" makes a waiting or refused item due at once, and nothing else', async () => {
    const refused = item(1, { state: 'needs-attention', problem: refusal });
    const waiting = item(2, { state: 'retry-wait', nextAttemptAt: 99_000 });
    const done = item(3, { state: 'delivered' });
    await subject.seed([refused, waiting, done]);
    expect(await subject.store.retryNow(refused.id, 5_000)).toMatchObject({ state: 'queued', nextAttemptAt: null });
    expect(await subject.store.retryNow(waiting.id, 5_000)).toMatchObject({ state: 'queued' });
    expect(await subject.store.retryNow(done.id, 5_000)).toBeNull();
    expect((await subject.store.due(5_000, 5, none, none)).map((found) => found.id)).toEqual([refused.id, waiting.id]);
    await settle();
    expect(changes).toBe(2);
  });

  it('replaces a refused item by its correction, linked both ways; refuses what left the outbox', async () => {
    const refused = item(1, { state: 'needs-attention', problem: refusal });
    const sending = item(2, { state: 'sending' });
    await subject.seed([refused, sending]);
    const payload = { ...refused.payload, responseId: 'corrected' };
    const correction = await subject.store.replace(refused.id, payload, 7_000);
    if (!correction.ok) throw new Error(correction.error.message);
    expect(correction.value).toMatchObject({
      state: 'queued',
      replaces: refused.id,
      payload,
      createdAt: 7_000,
      accountId: 'acct',
      label: refused.label,
    });
    expect(correction.value.id).not.toBe(refused.id);
    expect(await subject.store.get(refused.id)).toMatchObject({ state: 'replaced', replacedBy: correction.value.id });
    expect(await subject.store.get(correction.value.id)).toEqual(correction.value);
    expect((await subject.store.replace(sending.id, sending.payload, 7_000)).ok).toBe(false);
    expect((await subject.store.replace(refused.id, payload, 7_000)).ok).toBe(false);
    const otherKind = { kind: 'qmob.remove-respondents' as const, listId: '1', usernames: ['x'] };
    const fresh = item(3, { state: 'needs-attention' });
    await subject.seed([fresh]);
    expect((await subject.store.replace(fresh.id, otherKind, 7_000)).ok).toBe(false);
    await settle();
    expect(changes).toBe(1);
  });

  it('discards what is not on its way, and never an item being sent or delivered', async () => {
    const states: OutboxState[] = ['queued', 'retry-wait', 'needs-attention', 'sending', 'delivered', 'import-started'];
    const items = states.map((state, index) => item(index, { state }));
    await subject.seed(items);
    const discarded = await Promise.all(items.map((candidate) => subject.store.discard(candidate.id, 8_000)));
    expect(discarded.map((result) => result?.state ?? null)).toEqual([
      'discarded',
      'discarded',
      'discarded',
      null,
      null,
      null,
    ]);
    await settle();
    expect(changes).toBe(0);
  });

  it('"Sync now" makes every waiting retry due now', async () => {
    const waiting = [
      item(1, { state: 'retry-wait', nextAttemptAt: 50_000 }),
      item(2, { state: 'retry-wait', nextAttemptAt: 60_000 }),
    ];
    await subject.seed([...waiting, item(3, { state: 'needs-attention' })]);
    expect(await subject.store.syncNow(4_000)).toBe(2);
    expect((await subject.store.due(4_000, 5, none, none)).map((found) => found.id)).toEqual(waiting.map((w) => w.id));
    await settle();
    expect(changes).toBe(1);
  });

  it('"Sync now" also makes pending verifications due and queues again what failed only transiently', async () => {
    const verifying = item(1, { state: 'delivered', serverId: '5', nextAttemptAt: 90_000 });
    const cut = item(2, { state: 'needs-attention', problem: { ...serverError, kind: 'network', retryable: false } });
    const refused = item(3, { state: 'needs-attention', problem: refusal });
    await subject.seed([verifying, cut, refused, item(4, { state: 'delivered', serverId: '6' })]);
    expect(await subject.store.syncNow(4_000)).toBe(2);
    expect((await subject.store.due(4_000, 5, none, none)).map((found) => found.id)).toEqual([verifying.id, cut.id]);
    expect(await subject.store.get(cut.id)).toMatchObject({ state: 'queued' });
    expect(await subject.store.get(refused.id)).toMatchObject({ state: 'needs-attention' });
  });

  it('a delivered item due for verification is never marked sending; its check is recorded in its history', async () => {
    const delivered = item(1, { state: 'delivered', serverId: '90000002', nextAttemptAt: 1_500 });
    await subject.seed([delivered, item(2, { state: 'delivered', serverId: '7', nextAttemptAt: 9_000 })]);
    expect((await subject.store.due(2_000, 5, none, none)).map((found) => found.id)).toEqual([delivered.id]);
    expect(await subject.store.markSending(delivered.id, 2_000)).toBeNull();
    await subject.store.record(
      delivered.id,
      {
        result: 'verified',
        itemId: delivered.id,
        at: 2_000,
        check: { serverId: '90000001', removed: ['90000002'] },
        nextCheckAt: 50_000,
      },
      { state: 'delivered', nextAttemptAt: 1_500 },
    );
    expect(await subject.store.get(delivered.id)).toMatchObject({
      state: 'delivered',
      serverId: '90000001',
      nextAttemptAt: 50_000,
      attempts: [{ at: 2_000, outcome: 'repaired', removed: ['90000002'] }],
    });
    expect(await subject.store.due(2_000, 5, none, none)).toEqual([]);
  });

  it('a retry time a clock set back pushed a day out is due now', async () => {
    const day = 24 * 60 * 60 * 1000;
    const pushed = item(1, { state: 'retry-wait', nextAttemptAt: 10_000 + day });
    await subject.seed([pushed, item(2, { state: 'retry-wait', nextAttemptAt: 10_000 + 60_000 })]);
    expect((await subject.store.due(10_000, 5, none, none)).map((found) => found.id)).toEqual([pushed.id]);
  });

  it('counts items by state sets', async () => {
    await subject.seed([item(1), item(2, { state: 'delivered' }), item(3, { state: 'import-started' })]);
    expect(await subject.store.countIn(['delivered', 'import-started'])).toBe(2);
    expect(await subject.store.countIn(['queued'])).toBe(1);
  });

  describe('at 100,000 items', () => {
    /** Creation times in a shuffled order, so only the index can put them oldest first. */
    function shuffledTimes(count: number): number[] {
      const times = Array.from({ length: count }, (_, index) => 1_000_000 + index);
      let seed = 7;
      for (let index = count - 1; index > 0; index -= 1) {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        const other = seed % (index + 1);
        [times[index], times[other]] = [times[other] ?? 0, times[index] ?? 0];
      }
      return times;
    }

    it('returns the oldest due items first, whatever order they were stored in', async () => {
      const times = shuffledTimes(100_000);
      const rows = times.map((createdAt, index) =>
        item(
          createdAt,
          index % 20 === 0
            ? { state: 'queued' }
            : index % 20 === 1
              ? { state: 'retry-wait', nextAttemptAt: index % 40 === 1 ? 10 : 600_000 }
              : { state: 'delivered' },
        ),
      );
      await subject.seed(rows);
      const expected = rows
        .filter((row) => isDue(row, 1_000))
        .map((row) => row.createdAt)
        .sort((a, b) => a - b);
      expect(expected.length).toBe(7_500);
      const due = await subject.store.due(1_000, 16, none, none);
      expect(due.map((row) => row.createdAt)).toEqual(expected.slice(0, 16));

      // After "Sync now" all 5,000 retries are due: still the oldest first.
      await subject.store.syncNow(2_000);
      const all = rows
        .filter((row) => row.state !== 'delivered')
        .map((row) => row.createdAt)
        .sort((a, b) => a - b);
      expect((await subject.store.due(2_000, 16, none, none)).map((row) => row.createdAt)).toEqual(all.slice(0, 16));
    }, 120_000);
  });
});
