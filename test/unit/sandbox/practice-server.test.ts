import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeServer, type RunningPracticeServer } from '../../../sandbox/services/practice-server';
import { sendExpectingAnswer } from './support/https-client';
import { seedCurlBody } from './support/seed-document';

/** The services the app runs for its Practice workspace: the same answers as the test sandbox, none of its controls. */
let practice: RunningPracticeServer;
let dataDir = '';
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'outpost-practice-test-'));
  practice = await startPracticeServer({ dataDir });
});
afterAll(async () => {
  await practice.close();
  await rm(dataDir, { recursive: true, force: true });
});

const questionPro = (path: string, init: { method?: string; body?: string; apiKey?: string } = {}) =>
  sendExpectingAnswer(`${practice.info.questionpro.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'api-key': init.apiKey ?? practice.info.questionpro.apiKey },
    ...(init.body === undefined ? {} : { body: init.body }),
    ca: practice.caCertPem,
  });

describe('the Practice server', () => {
  it('keeps its CA in the data folder it was given, the one its accounts trust', async () => {
    expect(await readFile(join(dataDir, 'outpost-sandbox-ca.pem'), 'utf8')).toBe(practice.caCertPem);
  });

  it('stores the seed’s example response over HTTPS, trusting only its own CA, and refuses a wrong key', async () => {
    const stored = await questionPro('/surveys/7654321/responses', { method: 'POST', body: seedCurlBody() });
    expect(stored.status).toBe(200);
    expect(JSON.parse(stored.text)).toMatchObject({ response: { responseID: expect.any(Number) } });
    const wrongKey = await questionPro('/surveys/7654321/responses', {
      method: 'POST',
      body: seedCurlBody(),
      apiKey: 'not-the-practice-key',
    });
    expect(wrongKey.status).toBe(401);
  });

  it('answers QMob actions with its seed lists and validation', async () => {
    const form = new URLSearchParams({
      user_name: practice.info.qmob.userName,
      password: practice.info.qmob.password,
      respondents_json: JSON.stringify({ group_id: practice.info.qmob.listIds[0], respondents: [{}] }),
    });
    const answer = await sendExpectingAnswer(`${practice.info.qmob.baseUrl}/add_respondent`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      ca: practice.caCertPem,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ status: 'error' });
  });

  it('has no admin API: the test sandbox’s control path is an unknown page', async () => {
    const origin = new URL(practice.info.questionpro.baseUrl).origin;
    for (const path of ['/_sandbox/state', '/_sandbox/faults']) {
      const answer = await sendExpectingAnswer(`${origin}${path}`, {
        headers: { 'x-sandbox-token': 'anything' },
        ca: practice.caCertPem,
      });
      expect(answer.status, path).toBe(404);
    }
  });
});
