import { Agent } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { questionProErrors } from '../../../common/questionpro/errors';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { sendExpectingAnswer, type HttpAnswer } from './support/https-client';
import { compileSeedSchemas } from './support/seed-schemas';

let sandbox: RunningSandbox;
let agent: Agent;
const schemas = compileSeedSchemas();

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 5 });
  agent = new Agent({ keepAlive: true, ca: sandbox.caCertPem, maxSockets: 8 });
});
afterAll(async () => {
  agent.destroy();
  await sandbox.close();
});
afterEach(async () => {
  sandbox.setFaults({ rateLimit: { calls: 300, seconds: 60 } });
  await sandbox.reset();
});

const getSurvey = (apiKey = sandbox.info.questionpro.apiKey): Promise<HttpAnswer> =>
  sendExpectingAnswer(`${sandbox.info.questionpro.baseUrl}/surveys/7654321`, {
    headers: { 'api-key': apiKey },
    ca: sandbox.caCertPem,
    agent,
  });

function expectLimitAnswer(answer: HttpAnswer): number {
  expect(answer.status).toBe(429);
  const body: unknown = JSON.parse(answer.text);
  expect(schemas.error(body)).toBe(true);
  expect(body).toMatchObject({
    response: { error: { httpStatusCode: 429, message: questionProErrors.callLimitExceeded.message } },
  });
  const retryAfter = Number(answer.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  return retryAfter;
}

describe('per-key call limit', () => {
  it('accepts 300 calls in a minute by default and answers the 301st with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 30; batch += 1) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => getSurvey()));
      statuses.push(...answers.map((answer) => answer.status));
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    const retryAfter = expectLimitAnswer(await getSurvey());
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('does not count calls refused for a wrong key', async () => {
    sandbox.setFaults({ rateLimit: { calls: 3, seconds: 60 } });
    for (let index = 0; index < 5; index += 1) expect((await getSurvey('wrong-key')).status).toBe(401);
    for (let index = 0; index < 3; index += 1) expect((await getSurvey()).status).toBe(200);
    expectLimitAnswer(await getSurvey());
  });

  it('lets calls through again once the window has moved on, as Retry-After says', async () => {
    sandbox.setFaults({ rateLimit: { calls: 2, seconds: 0.5 } });
    expect((await getSurvey()).status).toBe(200);
    expect((await getSurvey()).status).toBe(200);
    expect(expectLimitAnswer(await getSurvey())).toBe(1);
    await sleep(600);
    expect((await getSurvey()).status).toBe(200);
  });
});
