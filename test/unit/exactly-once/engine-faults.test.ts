import { afterEach, describe, expect, it } from 'vitest';
import type { SyncState } from '../../../common/contract/ops/sync';
import { SyncWorld } from '../../support/sync-world';

const fastBackoff = { baseMs: 50, factor: 2, capMs: 400 };
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
let world: SyncWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

const copiesOf = (current: SyncWorld, ids: readonly string[]) => {
  const copies = current.storedCopies();
  return ids.map((id) => copies.get(id) ?? 0);
};

describe('exactly once against faults Outpost did not write', () => {
  it('a held original that lands after the retry is found and deleted, leaving one', async () => {
    // A relay holds some creates longer than the client's timeout and the retry's look-up, then delivers them.
    world = await SyncWorld.start({
      sandbox: { seed: 17, holdRate: 0.25, holdMs: 1_200 },
      totalTimeoutMs: 400,
      backoff: fastBackoff,
      verifyQuietMs: 2_500,
      verifyAgainMs: 1_000,
    });
    const items = world.queueResponses(30);
    await world.deliverAll(16, 60_000);
    const ids = items.map((item) => item.id);
    expect(copiesOf(world, ids).filter((count) => count !== 1)).toEqual([]);
    const repaired = [...world.store.items.values()].filter((item) =>
      item.attempts.some((attempt) => attempt.outcome === 'repaired'),
    );
    expect(repaired.length).toBeGreaterThan(0);
    expect(world.duplicatesRepaired()).toBeGreaterThanOrEqual(repaired.length);
    const responses = world.sandbox.state().questionpro.responses;
    for (const item of repaired) {
      // The oldest response stays, and the item names it.
      const kept = responses.filter((response) => response.externalReference === item.id);
      expect(kept).toHaveLength(1);
      expect(item.serverId).toBe(String(kept[0]?.responseID));
      for (const removed of item.attempts.flatMap((attempt) => attempt.removed ?? []))
        expect(Number(removed)).toBeGreaterThan(kept[0]?.responseID ?? Infinity);
    }
    // As long as its delivery may take (held requests, two verifications): about 7 s alone, more on a busy machine.
  }, 60_000);

  it('a create whose answer stalls after its headers is an unknown outcome: adopted, not posted again', async () => {
    world = await SyncWorld.start({
      sandbox: { seed: 23, stallRate: 0.3 },
      stallTimeoutMs: 300,
      backoff: fastBackoff,
    });
    const items = world.queueResponses(20);
    await world.deliverAll(16, 30_000);
    expect(
      copiesOf(
        world,
        items.map((item) => item.id),
      ).filter((count) => count !== 1),
    ).toEqual([]);
    const adopted = [...world.store.items.values()].filter((item) =>
      item.attempts.some((attempt) => attempt.outcome === 'adopted'),
    );
    expect(adopted.length).toBeGreaterThan(0);
  });

  it('a clock years behind pauses the account once, naming the date, fails no item, and resumes when fixed', async () => {
    world = await SyncWorld.start({ backoff: fastBackoff, clockProbeMs: 100 });
    const running = world;
    // What a laptop set to 2015 sees: the server's certificate starts in its future.
    await running.sandbox.setCertificateValidFrom(new Date(Date.now() + 5 * YEAR_MS));
    const pauses: SyncState[] = [];
    running.publisher.subscribe((event, payload) => {
      const state = payload as SyncState;
      if (event === 'sync.state' && state.pausedAccounts.length > 0) pauses.push(state);
    });
    const items = running.queueResponses(30);
    expect(await running.feeder(8).drain()).toBe('empty');

    expect(pauses).toHaveLength(1);
    const paused = running.engine.state().pausedAccounts;
    expect(paused).toHaveLength(1);
    expect(paused[0]?.error).toMatchObject({ code: 'questionpro.certificate-date', kind: 'network' });
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date());
    expect(paused[0]?.error.message).toContain(today);
    for (const item of items)
      expect(running.store.items.get(item.id)).toMatchObject({ state: 'queued', attempts: [], problem: null });
    expect(running.sandbox.state().requests).toEqual([]);

    await running.sandbox.setCertificateValidFrom(null);
    await expect.poll(() => running.engine.state().pausedAccounts.length, { timeout: 5_000 }).toBe(0);
    await running.deliverAll(16, 30_000);
    expect(
      copiesOf(
        running,
        items.map((item) => item.id),
      ).filter((count) => count !== 1),
    ).toEqual([]);
    expect(pauses).toHaveLength(1);
  });
});
