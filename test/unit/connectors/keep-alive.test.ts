import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';

let sandbox: RunningSandbox;
const transport = new HttpsTransport({ appVersion: '0.0.0-test', connectTimeoutMs: 1_000 });

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3, latencyMs: 1_300 });
});
afterAll(async () => {
  transport.close();
  await sandbox.close();
});

describe('kept-alive connections', () => {
  it('reuse a connection without mistaking a slow answer on it for a connect timeout', async () => {
    const request = {
      method: 'GET' as const,
      url: `${sandbox.info.questionpro.baseUrl}/surveys/7654321`,
      headers: { 'api-key': sandbox.info.questionpro.apiKey },
      extraCaPem: sandbox.caCertPem,
    };
    const first = await transport.send(request);
    const second = await transport.send(request);
    expect(first).toMatchObject({ ok: true, value: { status: 200 } });
    expect(second).toMatchObject({ ok: true, value: { status: 200 } });
    const requests = sandbox.state().requests.reduce((sum, entry) => sum + entry.count, 0);
    expect(requests).toBe(2);
  });
});
