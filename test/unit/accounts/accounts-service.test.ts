import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsService } from '../../../main/accounts/accounts-service';
import { ClientFactory } from '../../../main/accounts/client-factory';
import type { LogFields, Logger } from '../../../main/connectors/logger';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';

const API_KEY = 'acct-test-KEY-55aa66bb';
const QMOB_PASSWORD = 'acct-test-PW-99cc11dd';

let sandbox: RunningSandbox;
let dataDir: string;
const logs: string[] = [];
const outputs: unknown[] = [];
const logger: Logger = {
  debug: (m: string, f?: LogFields) => logs.push(`${m} ${JSON.stringify(f)}`),
  info: (m: string, f?: LogFields) => logs.push(`${m} ${JSON.stringify(f)}`),
  warn: (m: string, f?: LogFields) => logs.push(`${m} ${JSON.stringify(f)}`),
};
const secrets = new MemorySecretStore();
let service: AccountsService;
const keep = <T>(v: T): T => (outputs.push(v), v);

beforeAll(async () => {
  sandbox = await startSandbox({ apiKey: API_KEY, qmobPassword: QMOB_PASSWORD, seed: 2 });
  dataDir = mkdtempSync(path.join(tmpdir(), 'outpost-accounts-'));
  let n = 0;
  service = new AccountsService({
    dataDir,
    secrets,
    clients: new ClientFactory(new HttpsTransport({ appVersion: '0.1.0', logger })),
    newId: () => `acct${++n}`,
    logger,
  });
});
afterAll(async () => {
  await sandbox.close();
  const haystack = [...logs, JSON.stringify(outputs), readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')].join(
    '\n',
  );
  expect(haystack).not.toContain(API_KEY);
  expect(haystack).not.toContain(QMOB_PASSWORD);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('AccountsService', () => {
  it('adds Practice accounts, keeps secrets out of the file, and tests both connections', async () => {
    const qp = keep(
      await service.addQuestionPro({
        label: 'Practice QuestionPro',
        location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
        userId: String(sandbox.info.questionpro.userId),
        practice: true,
        extraCaPem: sandbox.caCertPem,
        apiKey: API_KEY,
      }),
    );
    expect(qp).toMatchObject({ ok: true, value: { id: 'acct1', keyStored: true } });
    const qm = keep(
      await service.addQmob({
        label: 'Practice QMob',
        location: { customBaseUrl: sandbox.info.qmob.baseUrl },
        project: 'OutpostPractice',
        userName: sandbox.info.qmob.userName,
        practice: true,
        extraCaPem: sandbox.caCertPem,
        password: QMOB_PASSWORD,
      }),
    );
    expect(qm).toMatchObject({ ok: true, value: { id: 'acct2', passwordStored: true } });
    expect(await secrets.get('acct1')).toBe(API_KEY);

    const t1 = keep(await service.testConnection('acct1'));
    expect(t1.ok && t1.value.summary).toMatch(/Connected to QuestionPro: \d+ surveys visible\./);
    const t2 = keep(await service.testConnection('acct2'));
    expect(t2).toMatchObject({ ok: true, value: { summary: 'Connected to QMob: the user name and password work.' } });
    expect(readdirSync(dataDir)).toEqual(['accounts.json']); // no temp files left behind
  });

  it('a wrong key or password is reported in the catalogue’s words', async () => {
    keep(await service.editQuestionPro('acct1', { apiKey: 'definitely-wrong-key' }));
    const t1 = keep(await service.testConnection('acct1'));
    expect(!t1.ok && t1.error).toMatchObject({
      code: 'questionpro.1010',
      message: 'QuestionPro did not accept the API key.',
    });
    keep(await service.editQmob('acct2', { password: 'wrong-password', companyId: '7' }));
    const t2 = keep(await service.testConnection('acct2'));
    expect(!t2.ok && t2.error).toMatchObject({
      code: 'qmob.authentication-failure',
      message: 'QMob did not accept the user name and password.',
    });
    keep(await service.editQuestionPro('acct1', { apiKey: API_KEY }));
    keep(await service.editQmob('acct2', { password: QMOB_PASSWORD, companyId: null }));
    const listed = keep(await service.list());
    expect(listed.ok && listed.value.find((a) => a.id === 'acct2')).not.toHaveProperty('companyId');
  });

  it('validates input and removes accounts with their secrets', async () => {
    const bad = keep(
      await service.addQuestionPro({
        label: '',
        location: { customBaseUrl: 'http://insecure' },
        userId: 'x',
        practice: false,
        apiKey: 'k',
      }),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(keep(await service.remove('acct2'))).toEqual({ ok: true, value: null });
    expect(await secrets.get('acct2')).toBeNull();
    expect(keep(await service.remove('acct2'))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const listed = keep(await service.list());
    expect(listed.ok && listed.value.map((a) => a.id)).toEqual(['acct1']);
  });
});
