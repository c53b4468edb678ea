import { afterEach, describe, expect, it } from 'vitest';
import { OUTPOST_ERROR_CODES } from '../../../common/errors';
import type { OutboxItem, OutboxPayload } from '../../../common/outbox/outbox-item';
import { SyncWorld, responseItem } from '../../support/sync-world';

const fastBackoff = { baseMs: 20, factor: 2, capMs: 200 };
let world: SyncWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

const deliverAll = (current: SyncWorld, limitMs?: number): Promise<void> => current.deliverAll(16, limitMs);

describe('sync engine against the sandbox', () => {
  it('delivers each response once and records the server id', async () => {
    world = await SyncWorld.start();
    const items = world.queueResponses(40);
    await deliverAll(world);
    const copies = world.storedCopies();
    for (const item of items) {
      expect(copies.get(item.id)).toBe(1);
      const stored = world.store.items.get(item.id);
      expect(stored?.state).toBe('delivered');
      expect(stored?.serverId).toMatch(/^\d+$/);
    }
  });

  it('never duplicates when the server stores a response and the connection drops before the answer', async () => {
    world = await SyncWorld.start({ sandbox: { dropAfterStoreRate: 0.3, seed: 5 }, backoff: fastBackoff });
    const items = world.queueResponses(60);
    await deliverAll(world);
    const copies = world.storedCopies();
    expect(items.every((item) => copies.get(item.id) === 1)).toBe(true);
    const adopted = [...world.store.items.values()].filter((item) =>
      item.attempts.some((attempt) => attempt.outcome === 'adopted'),
    );
    // About 18 drops are expected; each must have been recovered by adoption, not by a second POST.
    expect(adopted.length).toBeGreaterThan(5);
    expect([...world.store.items.values()].every((item) => item.state === 'delivered')).toBe(true);
  });

  it('adopts a response that reached the server before the app was killed while sending', async () => {
    world = await SyncWorld.start();
    const [item] = world.queueResponses(1);
    if (!item) throw new Error('no item');
    // The first attempt got through, then the app died: the server has it, the outbox still says "sending".
    const client = await world.accounts.questionProClient(world.questionProAccountId);
    if (!client.ok || item.payload.kind !== 'questionpro.create-response') throw new Error('setup');
    const first = await client.value.createResponse(item.payload.surveyId, item.payload.body);
    if (!first.ok) throw new Error(first.error.message);
    world.store.seed([{ ...item, state: 'sending' }]);

    await deliverAll(world);
    expect(world.storedCopies().get(item.id)).toBe(1);
    expect(world.store.items.get(item.id)).toMatchObject({
      state: 'delivered',
      serverId: String(first.value.responseID),
    });
    // Adopted after an unknown outcome, then checked twice more for a copy landing late: none did.
    expect(world.store.items.get(item.id)?.attempts.map((attempt) => attempt.outcome)).toEqual([
      'adopted',
      'verified',
      'verified',
    ]);
  });

  it('pauses the account on a refused key instead of failing every item, and resumes once the key is fixed', async () => {
    world = await SyncWorld.start({ apiKey: 'wrong-key-123456', concurrency: 2 });
    const items = world.queueResponses(30);
    const end = await world.feeder(4).drain();
    expect(end).toBe('empty');
    const state = world.engine.state();
    expect(state.pausedAccounts).toHaveLength(1);
    expect(state.pausedAccounts[0]?.error).toMatchObject({ kind: 'auth', action: expect.stringMatching(/API key/) });
    // At most the calls already under way reached the server; no item was marked as refused.
    const refusedCalls = world.sandbox
      .state()
      .requests.filter((entry) => entry.outcome === 401)
      .reduce((sum, entry) => sum + entry.count, 0);
    expect(refusedCalls).toBeLessThanOrEqual(4);
    expect([...world.store.items.values()].some((item) => item.state === 'needs-attention')).toBe(false);

    const fixed = await world.accounts.editQuestionPro(world.questionProAccountId, {
      apiKey: world.sandbox.info.questionpro.apiKey,
    });
    expect(fixed.ok).toBe(true);
    world.engine.resume(world.questionProAccountId);
    world.forgetClients(world.questionProAccountId);
    await deliverAll(world);
    const copies = world.storedCopies();
    expect(items.every((item) => copies.get(item.id) === 1)).toBe(true);
  });

  it('holds the items of an account that is gone from this laptop, as its own kind of error, sending nothing', async () => {
    world = await SyncWorld.start();
    const orphan = responseItem('no-such-account', 1_000);
    world.store.seed([orphan]);
    expect(await world.feeder(4).drain()).toBe('empty');
    expect(world.engine.state().pausedAccounts).toEqual([
      {
        accountId: 'no-such-account',
        error: expect.objectContaining({ kind: 'account-missing', code: OUTPOST_ERROR_CODES.accountMissing }),
      },
    ]);
    expect(world.store.items.get(orphan.id)).toMatchObject({ state: 'queued', attempts: [expect.anything()] });
    expect(world.sandbox.state().requests.reduce((sum, entry) => sum + entry.count, 0)).toBe(0);
  });

  it('marks an item the server refuses as needing attention and delivers the rest', async () => {
    world = await SyncWorld.start();
    const good = world.queueResponses(5);
    const bad = responseItem(world.questionProAccountId, Date.now());
    if (bad.payload.kind !== 'questionpro.create-response') throw new Error('setup');
    bad.payload.body.responseSet = [{ questionID: 12345678, answerValues: [{ answerID: 999 }] }];
    world.store.seed([bad]);
    await deliverAll(world);
    const refused = world.store.items.get(bad.id);
    expect(refused?.state).toBe('needs-attention');
    expect(refused?.problem).toMatchObject({
      httpStatus: 400,
      serverId: '1002',
      serverMessage: 'Invalid schema in the body provided.',
    });
    expect(good.every((item) => world?.store.items.get(item.id)?.state === 'delivered')).toBe(true);
  });

  it('honours 429 and Retry-After, and still delivers everything once', async () => {
    world = await SyncWorld.start({
      sandbox: { rateLimit: { calls: 10, seconds: 1 } },
      rateLimit: { calls: 1_000, windowMs: 1_000 },
    });
    const items = world.queueResponses(25);
    await deliverAll(world, 30_000);
    const limited = [...world.store.items.values()].filter((item) =>
      item.attempts.some((attempt) => attempt.error?.kind === 'rate-limited'),
    );
    expect(limited.length).toBeGreaterThan(0);
    for (const item of limited) {
      const failed = item.attempts.find((attempt) => attempt.error?.kind === 'rate-limited');
      expect(failed?.error?.retryAfterMs).toBeGreaterThan(0);
    }
    const copies = world.storedCopies();
    expect(items.every((item) => copies.get(item.id) === 1)).toBe(true);
  });

  it('keeps under the rate limit on its own, so the server never answers 429', async () => {
    world = await SyncWorld.start({
      sandbox: { rateLimit: { calls: 20, seconds: 1 } },
      rateLimit: { calls: 20, windowMs: 1_000 },
    });
    const started = Date.now();
    world.queueResponses(45);
    await deliverAll(world, 30_000);
    const elapsed = Date.now() - started;
    const tooMany = world.sandbox.state().requests.filter((entry) => entry.outcome === 429);
    expect(tooMany).toEqual([]);
    // 45 calls at 20 per window take at least two windows.
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
  });

  it('leaves items untouched while the service is out of reach, and delivers them once it is back', async () => {
    world = await SyncWorld.start({ unreachableQuietMs: 300 });
    const items = world.queueResponses(10);
    const reachable = world.sandbox.info.questionpro.baseUrl;
    // Nothing listens on port 9 (discard) on this machine: the connection is refused before anything is sent.
    // A new address needs its key again (a stored key never follows an account elsewhere).
    const apiKey = world.sandbox.info.questionpro.apiKey;
    await world.accounts.editQuestionPro(world.questionProAccountId, {
      location: { customBaseUrl: 'https://127.0.0.1:9/a/api/v2' },
      apiKey,
    });
    world.forgetClients(world.questionProAccountId);
    expect(await world.feeder(4).drain()).toBe('offline');
    expect(world.engine.state().online).toBe(false);
    for (const item of items) expect(world.store.items.get(item.id)).toMatchObject({ state: 'queued', attempts: [] });
    // While out of reach nothing is tried again until the quiet period is over.
    expect(await world.feeder(4).drain()).toBe('offline');

    await world.accounts.editQuestionPro(world.questionProAccountId, {
      location: { customBaseUrl: reachable },
      apiKey,
    });
    world.forgetClients(world.questionProAccountId);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await deliverAll(world);
    const copies = world.storedCopies();
    expect(items.every((item) => copies.get(item.id) === 1)).toBe(true);
    expect(world.engine.state().online).toBe(true);
  });

  it('gives a copy a few patient retries while QMob may still be importing, then asks for attention', async () => {
    world = await SyncWorld.start({ backoff: fastBackoff });
    const base = responseItem(world.qmobAccountId, Date.now());
    const copy = {
      ...base,
      service: 'qmob' as const,
      idempotent: true,
      payload: { kind: 'qmob.copy-respondents' as const, listId: '1002', usernames: ['never.imported'] },
    };
    world.store.seed([copy]);
    await deliverAll(world);
    const settled = world.store.items.get(copy.id);
    expect(settled?.state).toBe('needs-attention');
    expect(settled?.attempts.map((attempt) => attempt.outcome)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(settled?.problem?.target?.respondents).toEqual(['never.imported']);
  });

  it('keeps QMob’s own words of acceptance in the history: “Respondents copied to list …”, “Import started …”', async () => {
    world = await SyncWorld.start();
    const base = responseItem(world.qmobAccountId, Date.now());
    const qmobItem = (payload: OutboxPayload): OutboxItem => ({
      ...base,
      id: crypto.randomUUID(),
      service: 'qmob',
      idempotent: true,
      payload,
    });
    const copy = qmobItem({ kind: 'qmob.copy-respondents', listId: '1002', usernames: ['amina.k'] });
    const add = qmobItem({
      kind: 'qmob.add-respondents',
      listId: '1001',
      noPassword: true,
      overwrite: true,
      respondents: [
        { username: 'new.one', phonenumber: '+255700000001', sample_fields: [{ alias: 'site_code', value: 'A1' }] },
      ],
    });
    world.store.seed([copy, add]);
    await deliverAll(world);
    expect(world.store.items.get(copy.id)?.state).toBe('delivered');
    expect(
      world.store.items.get(copy.id)?.attempts.map(({ outcome, serverMessage }) => ({ outcome, serverMessage })),
    ).toEqual([{ outcome: 'delivered', serverMessage: 'Respondents copied to list 1002' }]);
    expect(
      world.store.items.get(add.id)?.attempts.map(({ outcome, serverMessage }) => ({ outcome, serverMessage })),
    ).toEqual([{ outcome: 'import-started', serverMessage: 'Import started successfully' }]);
  });

  it('tells the field worker which respondent to fix when QMob refuses a phone number', async () => {
    world = await SyncWorld.start();
    const base = responseItem(world.qmobAccountId, Date.now());
    const item = {
      ...base,
      service: 'qmob' as const,
      idempotent: true,
      payload: {
        kind: 'qmob.add-respondents' as const,
        listId: '1001',
        noPassword: true,
        overwrite: true,
        respondents: [
          { username: 'good.one', phonenumber: '+255700000001', sample_fields: [{ alias: 'site_code', value: 'A1' }] },
          { username: 'bad.phone', phonenumber: '0700-12 34', sample_fields: [{ alias: 'site_code', value: 'A1' }] },
          { username: 'fine.too', email: 'fine@example.org', sample_fields: [{ alias: 'site_code', value: 'A2' }] },
        ],
      },
    };
    world.store.seed([item]);
    await deliverAll(world);
    const refused = world.store.items.get(item.id);
    expect(refused?.state).toBe('needs-attention');
    expect(refused?.problem?.target?.respondents).toEqual(['bad.phone']);
    expect(refused?.problem?.serverMessage).toBe('Import failed, Phone number not valid. (Use only 0-9 and +).');
    expect(refused?.problem?.action).toMatch(/only digits and \+/);
  });
});
