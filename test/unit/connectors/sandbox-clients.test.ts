import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import type { LogFields, Logger } from '../../../main/connectors/logger';
import { QmobClient } from '../../../main/connectors/qmob/qmob-client';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import type { Transport } from '../../../main/connectors/transport/types';

/**
 * The clients against the real HTTPS sandbox: every byte goes through TLS with
 * only the sandbox CA trusted. Everything the clients log, return or put in a URL
 * is collected and searched for the secrets at the end.
 */
const API_KEY = 'qp-secret-KEY-8f3a9c1d';
const QMOB_PASSWORD = 'qmob-secret-PW-77e2b4';

let sandbox: RunningSandbox;
const logLines: string[] = [];
const urls: string[] = [];
const outputs: unknown[] = [];
const logger: Logger = {
  debug: (m: string, f?: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
  info: (m: string, f?: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
  warn: (m: string, f?: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
};
const https = new HttpsTransport({ appVersion: '0.1.0', logger, totalTimeoutMs: 3000 });
const transport: Transport = { send: (r) => (urls.push(r.url), https.send(r)) };
const keep = <T>(r: T): T => (outputs.push(r), r);

const qp = (apiKey = API_KEY): QuestionProClient =>
  new QuestionProClient({
    transport,
    apiKey,
    perPage: 2,
    account: {
      location: { customBaseUrl: sandbox.info.questionpro.baseUrl },
      userId: String(sandbox.info.questionpro.userId),
      extraCaPem: sandbox.caCertPem,
    },
  });
const qmob = (password = QMOB_PASSWORD): QmobClient =>
  new QmobClient({
    transport,
    password,
    account: {
      location: { customBaseUrl: sandbox.info.qmob.baseUrl },
      project: 'OutpostPractice',
      userName: sandbox.info.qmob.userName,
      extraCaPem: sandbox.caCertPem,
    },
  });

beforeAll(async () => {
  sandbox = await startSandbox({ apiKey: API_KEY, qmobPassword: QMOB_PASSWORD, seed: 1, importDelayMs: 0 });
});
beforeEach(async () => {
  sandbox.setFaults({
    failRate: 0,
    dropAfterStoreRate: 0,
    literalErrorBodyRate: 0,
    rateLimit: { calls: 300, seconds: 60 },
  });
  await sandbox.reset();
});
afterAll(async () => {
  await sandbox.close();
  const haystack = [...logLines, ...urls, JSON.stringify(outputs)].join('\n');
  expect(outputs.length).toBeGreaterThan(10);
  expect(haystack).not.toContain(API_KEY);
  expect(haystack).not.toContain(QMOB_PASSWORD);
});

describe('QuestionProClient against the sandbox', () => {
  it('lists every survey across pages and reads questions', async () => {
    const surveys = keep(await qp().listSurveys());
    expect(surveys.ok).toBe(true);
    if (!surveys.ok) return;
    expect(surveys.value.length).toBeGreaterThan(2);
    expect(surveys.value.map((s) => s.surveyID)).toContain(7654321);
    const questions = keep(await qp().getQuestions(7654321));
    expect(questions.ok && questions.value.map((q) => q.questionID)).toContain(12345678);
    expect(urls.every((u) => !u.includes('apiKey'))).toBe(true);
  });

  it.each([0, 1])(
    'a wrong key is 1010 with the catalogue’s words (literal seed body rate %d)',
    async (literalErrorBodyRate) => {
      sandbox.setFaults({ literalErrorBodyRate });
      const r = keep(await qp('wrong-key').getSurvey(7654321));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({
        code: 'questionpro.1010',
        kind: 'auth',
        retryable: false,
        httpStatus: 401,
        serverId: '1010',
        serverName: 'UNAUTHORIZED',
      });
      expect(r.error.serverMessage).toMatch(/Incorrect API Key/);
      expect(r.error.action).toContain('Check the API key in Settings → Accounts');
    },
  );

  it('unknown survey is 1040 not-found; 500s are 1026 and retryable', async () => {
    const missing = keep(await qp().getSurvey(1111111));
    expect(!missing.ok && missing.error).toMatchObject({ code: 'questionpro.1040', kind: 'not-found' });
    sandbox.setFaults({ failRate: 1 });
    const broken = keep(await qp().getSurvey(7654321));
    expect(!broken.ok && broken.error).toMatchObject({
      code: 'questionpro.1026',
      kind: 'server',
      retryable: true,
      httpStatus: 500,
    });
  });

  it('creates, finds by external reference, reads and deletes a response', async () => {
    const created = keep(
      await qp().createResponse(7654321, {
        externalReference: 'outpost-abc-1',
        responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
      }),
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const found = keep(await qp().findResponsesByExternalReference(7654321, 'outpost-abc-1'));
    expect(found.ok && found.value.map((r) => r.responseID)).toEqual([created.value.responseID]);
    const got = keep(await qp().getResponse(7654321, created.value.responseID));
    expect(got.ok && got.value.externalReference).toBe('outpost-abc-1');
    expect(keep(await qp().deleteResponse(7654321, created.value.responseID)).ok).toBe(true);
    const gone = keep(await qp().findResponsesByExternalReference(7654321, 'outpost-abc-1'));
    expect(gone.ok && gone.value).toEqual([]);
  });

  it('a create whose answer is lost after storing is an ambiguous outcome', async () => {
    sandbox.setFaults({ dropAfterStoreRate: 1 });
    const r = keep(
      await qp().createResponse(7654321, {
        externalReference: 'outpost-lost',
        responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
      }),
    );
    expect(!r.ok && r.error).toMatchObject({ kind: 'ambiguous-outcome', retryable: true });
    sandbox.setFaults({ dropAfterStoreRate: 0 });
    const found = keep(await qp().findResponsesByExternalReference(7654321, 'outpost-lost'));
    expect(found.ok && found.value.length).toBe(1);
  });

  it('past the call limit it is rate-limited with Retry-After', async () => {
    sandbox.setFaults({ rateLimit: { calls: 1, seconds: 60 } });
    const body = { responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }] };
    keep(await qp().createResponse(7654321, body));
    const r = keep(await qp().createResponse(7654321, body));
    expect(!r.ok && r.error).toMatchObject({ kind: 'rate-limited', retryable: true, httpStatus: 429 });
    expect(!r.ok && r.error.retryAfterMs).toBeGreaterThan(0);
  });
});

describe('QmobClient against the sandbox', () => {
  it('probes credentials without changing anything', async () => {
    expect(keep(await qmob().probeCredentials()).ok).toBe(true);
    const bad = keep(await qmob('wrong').probeCredentials());
    expect(!bad.ok && bad.error).toMatchObject({
      code: 'qmob.authentication-failure',
      kind: 'auth',
      serverMessage: 'Authentication failure.',
    });
  });

  it('copies and removes list members; unknown respondents are named', async () => {
    const copied = keep(await qmob().copyRespondentsToList({ groupId: '1002', usernames: ['amina.k'] }));
    expect(copied.ok && copied.value.listId).toBe('1002');
    const removed = keep(await qmob().removeRespondentsFromList({ groupId: '1002', usernames: ['amina.k'] }));
    expect(removed.ok && removed.value.listId).toBe('1002');
    const ghost = keep(await qmob().copyRespondentsToList({ groupId: '1002', usernames: ['ghost.1', 'ghost.2'] }));
    expect(!ghost.ok && ghost.error).toMatchObject({
      code: 'qmob.respondents-not-found',
      kind: 'not-found',
      target: { respondents: ['ghost.1', 'ghost.2'] },
    });
  });

  it('starts an import, and names the respondent whose phone number is wrong', async () => {
    const started = keep(
      await qmob().addRespondents({
        groupId: '1001',
        overwrite: true,
        noPassword: true,
        respondents: [
          { username: 'new.one', phonenumber: '+254700000123', sample_fields: [{ alias: 'site_code', value: 'X1' }] },
        ],
      }),
    );
    expect(started.ok).toBe(true);
    const bad = keep(
      await qmob().addRespondents({
        groupId: '1001',
        overwrite: true,
        noPassword: true,
        respondents: [
          { username: 'bad.phone', phonenumber: '07-00 ABC', sample_fields: [{ alias: 'site_code', value: 'X1' }] },
        ],
      }),
    );
    expect(!bad.ok && bad.error).toMatchObject({ code: 'qmob.invalid-phone', kind: 'invalid-data' });
    expect(!bad.ok && bad.error.action).toBe('Fix the phone number of respondent bad.phone: only digits and +.');
  });
});
