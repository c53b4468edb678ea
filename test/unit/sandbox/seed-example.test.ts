import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { sendExpectingAnswer } from './support/https-client';
import { seedCurlBody, seedExampleResponse } from './support/seed-document';
import { compileSeedSchemas } from './support/seed-schemas';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
});
afterAll(() => sandbox.close());

describe('the seed’s example request', () => {
  it('sent as in the curl example (full body, key in the api-key header) returns the seed’s example response', async () => {
    const answer = await sendExpectingAnswer(`${sandbox.info.questionpro.baseUrl}/surveys/7654321/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': sandbox.info.questionpro.apiKey },
      body: seedCurlBody(),
      ca: sandbox.caCertPem,
    });
    expect(answer.status).toBe(200);
    const actual = JSON.parse(answer.text) as { response: { responseID: number } };
    const documented = seedExampleResponse() as { response: { responseID: number } };
    expect(compileSeedSchemas().success(actual)).toBe(true);
    // responseID is server-assigned; every other value (timestamp and IP were sent) must match.
    expect(actual.response.responseID).toEqual(expect.any(Number));
    expect({ ...actual, response: { ...actual.response, responseID: documented.response.responseID } }).toEqual(
      documented,
    );
    // Key order follows the documented example too, for readers comparing by eye.
    expect(Object.keys(actual.response)).toEqual(Object.keys(documented.response));
  });
});
