import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../common/accounts/index';
import type { SyncState } from '../../../common/contract/ops/sync';
import type { Result } from '../../../common/result';
import { createMainServices, type MainServices } from '../../../main/composition/create-main-services';
import { FanOutPublisher } from '../../../main/events/publisher';
import { MemoryLogger, Redactor } from '../../../main/logging/logger';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { startTestServer, type RecordedRequest, type TestServer } from '../connectors/support/https-test-server';

/**
 * A key or password is given for one server. These tests run the real main
 * services (through the dispatcher, as the renderer calls them) against two
 * local HTTPS servers and check what each of them ever received.
 */
const KEY = 'qp-key-REDIRECT-7f3a91c2';
const NEW_KEY = 'qp-key-SECOND-0b1c2d3e';
const PASSWORD = 'qmob "pw" & more+/7e1';

let first: TestServer;
let second: TestServer;
let services: MainServices;
let secrets: MemorySecretStore;
let dataDir: string;
let logger: MemoryLogger;

const surveysReply = (_req: RecordedRequest, res: ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"response":[]}');
};
const qmobReply = (res: ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"error","message":"Invalid data"}');
};

beforeAll(async () => {
  const handler = (req: RecordedRequest, res: ServerResponse): void =>
    req.url.includes('/a/api/v2/') ? surveysReply(req, res) : qmobReply(res);
  first = await startTestServer(handler);
  second = await startTestServer(handler);
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'outpost-redirect-'));
  secrets = new MemorySecretStore();
  logger = new MemoryLogger();
  services = createMainServices({
    name: 'Outpost',
    version: '0.0.0-test',
    platform: process.platform,
    dataFolder: dataDir,
    host: 'browser',
    isOnline: () => true,
    publisher: new FanOutPublisher(),
    logger,
    senderPolicy: { isTrusted: () => true },
    secrets,
    dataKeyStore: () => secrets,
    redactor: new Redactor(),
    keychain: {
      status: () => ({ store: 'test-file', canUseSession: false }),
      useSessionStore: () => ({ store: 'test-file', canUseSession: false }),
    },
    startPracticeServer: () => Promise.reject(new Error('no Practice server in this test')),
  });
  first.requests.length = 0;
  second.requests.length = 0;
});
afterEach(async () => {
  await services.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const sender = { url: 'http://127.0.0.1/', isMainFrame: true };
const call = <T>(name: string, input?: unknown): Promise<Result<T>> =>
  services.dispatcher.dispatch(name, input, sender) as Promise<Result<T>>;

const everything = (server: TestServer): string => JSON.stringify(server.requests);
const formEncoded = (secret: string): string => new URLSearchParams({ s: secret }).toString().slice(2);

async function addQuestionPro(): Promise<Account> {
  const added = await call<Account>('accounts.addQuestionPro', {
    label: 'Study',
    location: { customBaseUrl: first.origin },
    userId: '1',
    practice: false,
    extraCaPem: first.caPem,
    apiKey: KEY,
  });
  expect(added.ok, JSON.stringify(added)).toBe(true);
  return (added as { ok: true; value: Account }).value;
}

describe('a stored secret never follows an account to another server', () => {
  it('an address-only edit clears the QuestionPro key, pauses the account, and the new server never sees the old key', async () => {
    const account = await addQuestionPro();
    expect((await call('accounts.test', { id: account.id })).ok).toBe(true);
    expect(first.requests.at(-1)?.headers['api-key']).toBe(KEY);

    const edited = await call<Account>('accounts.editQuestionPro', {
      id: account.id,
      patch: { location: { customBaseUrl: second.origin }, extraCaPem: second.caPem },
    });
    expect(edited).toMatchObject({ ok: true, value: { keyStored: false, location: { customBaseUrl: second.origin } } });
    expect(await secrets.get(account.id)).toBeNull();

    // Everything that could send the key now says it is missing, and sends nothing.
    const tested = await call('accounts.test', { id: account.id });
    expect(tested).toMatchObject({ ok: false, error: { code: 'secret-missing' } });
    const listed = await call('surveys.listRemote', { accountId: account.id });
    expect(listed.ok).toBe(false);
    const state = await call<SyncState>('sync.state');
    expect(state.ok && state.value.pausedAccounts).toEqual([
      expect.objectContaining({
        accountId: account.id,
        error: expect.objectContaining({ code: 'outpost.secret-needed' }),
      }),
    ]);
    expect(second.requests).toHaveLength(0);

    // Entering a key for the new server resumes the account and sends that key, never the old one.
    const fixed = await call<Account>('accounts.editQuestionPro', { id: account.id, patch: { apiKey: NEW_KEY } });
    expect(fixed).toMatchObject({ ok: true, value: { keyStored: true } });
    expect((await call('accounts.test', { id: account.id })).ok).toBe(true);
    const resumed = await call<SyncState>('sync.state');
    expect(resumed.ok && resumed.value.pausedAccounts).toEqual([]);
    expect(second.requests.at(-1)?.headers['api-key']).toBe(NEW_KEY);
    expect(everything(second)).not.toContain(KEY);
    // Nor anywhere else: the log (raw, before redaction) holds neither key.
    expect(logger.records.map((record) => record.message)).toContain('account edited');
    expect(JSON.stringify(logger.records)).not.toContain(KEY);
    expect(JSON.stringify(logger.records)).not.toContain(NEW_KEY);
  });

  it('a CA change alone clears the key too; a label edit keeps it', async () => {
    const account = await addQuestionPro();
    const relabelled = await call<Account>('accounts.editQuestionPro', { id: account.id, patch: { label: 'Renamed' } });
    expect(relabelled).toMatchObject({ ok: true, value: { keyStored: true, label: 'Renamed' } });
    expect(await secrets.get(account.id)).toBe(KEY);
    // The same address, but with a different trusted CA: whoever holds that CA's key could be answering.
    const recertified = await call<Account>('accounts.editQuestionPro', {
      id: account.id,
      patch: { extraCaPem: second.caPem },
    });
    expect(recertified).toMatchObject({ ok: true, value: { keyStored: false } });
    expect(await secrets.get(account.id)).toBeNull();
  });

  it('an address-only edit clears the QMob password; the new server never sees it in any encoding', async () => {
    const added = await call<Account>('accounts.addQmob', {
      label: 'Panel',
      location: { customBaseUrl: first.origin },
      project: 'P',
      userName: 'field',
      practice: false,
      extraCaPem: first.caPem,
      password: PASSWORD,
    });
    expect(added.ok).toBe(true);
    const id = (added as { ok: true; value: Account }).value.id;
    await call('accounts.test', { id });
    expect(everything(first)).toContain(JSON.stringify(formEncoded(PASSWORD)).slice(1, -1));

    const edited = await call<Account>('accounts.editQmob', {
      id,
      patch: { location: { customBaseUrl: second.origin }, extraCaPem: second.caPem },
    });
    expect(edited).toMatchObject({ ok: true, value: { passwordStored: false } });
    expect(await call('accounts.test', { id })).toMatchObject({ ok: false, error: { code: 'secret-missing' } });
    expect(second.requests).toHaveLength(0);
    const logged = JSON.stringify(logger.records);
    for (const form of [PASSWORD, JSON.stringify(PASSWORD).slice(1, -1), formEncoded(PASSWORD)])
      expect(logged).not.toContain(form);
  });
});

describe('an extra CA is trusted only for an account on this computer', () => {
  const publicCases: [string, Record<string, unknown>][] = [
    ['a datacenter', { datacenter: 'us' }],
    ['a public address', { customBaseUrl: 'https://api.example.org' }],
    ['a name that merely starts like loopback', { customBaseUrl: 'https://127.0.0.1.example.org' }],
  ];

  it.each(publicCases)('refuses a CA for %s, Practice or not, on add', async (_label, location) => {
    for (const practice of [false, true]) {
      const added = await call('accounts.addQuestionPro', {
        label: 'X',
        location,
        userId: '1',
        practice,
        extraCaPem: first.caPem,
        apiKey: KEY,
      });
      expect(added).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const listed = await call<Account[]>('accounts.list');
    expect(listed.ok && listed.value).toEqual([]);
    expect(await secrets.get('anything')).toBeNull();
  });

  it('refuses an edit that moves a CA-trusting account to a public host, and changes nothing', async () => {
    const account = await addQuestionPro();
    const moved = await call('accounts.editQuestionPro', {
      id: account.id,
      patch: { location: { customBaseUrl: 'https://api.questionpro.com' } },
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const qmob = await call('accounts.addQmob', {
      label: 'Panel',
      location: { instance: 'acme' },
      project: 'P',
      userName: 'field',
      practice: false,
      extraCaPem: first.caPem,
      password: PASSWORD,
    });
    expect(qmob).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const listed = await call<Account[]>('accounts.list');
    expect(listed.ok && listed.value).toEqual([account]);
    expect(await secrets.get(account.id)).toBe(KEY);
  });
});
