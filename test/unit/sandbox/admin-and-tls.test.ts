import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox, type SandboxState } from '../../../sandbox/index';
import { send, sendExpectingAnswer } from './support/https-client';
import { SandboxClient } from './support/sandbox-client';

let sandbox: RunningSandbox;
let client: SandboxClient;
const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 2, dataDir, importDelayMs: 1 });
  client = new SandboxClient(sandbox);
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('TLS', () => {
  it('writes the CA certificate to the data directory and serves a certificate it signed', async () => {
    expect(sandbox.info.caCertPath).toBe(join(dataDir, 'outpost-sandbox-ca.pem'));
    expect(readFileSync(sandbox.info.caCertPath, 'utf8')).toBe(sandbox.caCertPem);
    for (const host of ['127.0.0.1', 'localhost']) {
      const url = sandbox.info.questionpro.baseUrl.replace('127.0.0.1', host);
      const answer = await sendExpectingAnswer(`${url}/surveys/7654321`, {
        headers: { 'api-key': sandbox.info.questionpro.apiKey },
        ca: readFileSync(sandbox.info.caCertPath, 'utf8'),
      });
      expect(answer.status).toBe(200);
    }
  });

  it('is refused by a client that does not trust the sandbox CA (verification stays on)', async () => {
    const outcome = await send(`${sandbox.info.questionpro.baseUrl}/surveys/7654321`);
    expect(outcome).toMatchObject({ kind: 'connection-error', code: expect.stringMatching(/CERT|VERIFY|SIGNATURE/) });
  });

  it('removes its own temporary CA directory on close', async () => {
    const temporary = await startSandbox({ seed: 1 });
    const directory = dirname(temporary.info.caCertPath);
    expect(existsSync(temporary.info.caCertPath)).toBe(true);
    await temporary.close();
    expect(existsSync(directory)).toBe(false);
  });
});

describe('admin endpoints under /_sandbox', () => {
  it('refuses requests without the right x-sandbox-token', async () => {
    expect((await client.admin('GET', '/state', undefined, null)).status).toBe(401);
    expect((await client.admin('GET', '/state', undefined, 'wrong-token-value')).status).toBe(401);
    expect((await client.admin('POST', '/reset', undefined, null)).status).toBe(401);
  });

  it('reports stored responses, respondents, lists with members and request counts', async () => {
    await client.questionProAnswer('POST', '/surveys/7654321/responses', {
      body: {
        externalReference: 'visit-1',
        responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
      },
    });
    await client.questionProAnswer('GET', '/surveys/1234');
    await client.qmob('copy_respondents_to_list', {
      respondents_json: JSON.stringify({ group_id: '1002', respondents: [{ username: 'amina.k' }] }),
    });

    const state = JSON.parse((await client.admin('GET', '/state')).text) as SandboxState;
    expect(state.questionpro.responses).toEqual([
      expect.objectContaining({ surveyID: 7654321, responseID: expect.any(Number), externalReference: 'visit-1' }),
    ]);
    expect(state.qmob.respondents).toContainEqual(
      expect.objectContaining({ username: 'amina.k', listIds: ['1001', '1002'] }),
    );
    expect(state.qmob.lists.map((list) => list.id)).toEqual(sandbox.info.qmob.listIds);
    expect(state.qmob.lists.find((list) => list.id === '1002')?.members).toContain('amina.k');
    expect(state.qmob.lists.some((list) => list.preview)).toBe(true);
    expect(state.requests).toEqual(
      expect.arrayContaining([
        { endpoint: 'POST /surveys/{surveyId}/responses', outcome: 200, count: 1 },
        { endpoint: 'GET /surveys/{surveyId}', outcome: 404, count: 1 },
        { endpoint: 'qmob copy_respondents_to_list', outcome: 200, count: 1 },
      ]),
    );
  });

  it('changes faults with POST faults and refuses invalid ones', async () => {
    const updated = await client.admin('POST', '/faults', { failRate: 1, latencyMs: 0 });
    expect(JSON.parse(updated.text)).toMatchObject({ failRate: 1 });
    expect((await client.questionProAnswer('GET', '/surveys/7654321')).status).toBe(500);
    expect((await client.admin('POST', '/faults', { failRate: 0 })).status).toBe(200);
    expect((await client.questionProAnswer('GET', '/surveys/7654321')).status).toBe(200);
    expect((await client.admin('POST', '/faults', { failRate: 'often' })).status).toBe(400);
    expect((await client.admin('POST', '/faults', { noSuchFault: 1 })).status).toBe(400);
    expect((await client.admin('POST', '/faults', { qmobFailure: 'assign' })).status).toBe(200);
    expect(JSON.parse((await client.admin('GET', '/faults')).text)).toMatchObject({ qmobFailure: 'assign' });
    expect((await client.admin('POST', '/faults', { qmobFailure: null })).status).toBe(200);
  });

  it('POST reset returns to the seed data', async () => {
    await client.qmob('copy_respondents_to_list', {
      respondents_json: JSON.stringify({ group_id: '1002', respondents: [{ username: 'amina.k' }] }),
    });
    expect((await client.admin('POST', '/reset')).status).toBe(200);
    const state = sandbox.state();
    expect(state.questionpro.responses).toEqual([]);
    expect(state.requests).toEqual([]);
    expect(state.qmob.respondents.find((respondent) => respondent.username === 'amina.k')?.listIds).toEqual(['1001']);
  });
});
