import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QmobClient } from '../../../main/connectors/qmob/qmob-client';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { startTestServer, type TestServer } from './support/https-test-server';

/** Servers that echo what they were sent: the account's secret must not come back out of main in their words. */
const KEY = 'echo-key-5a5a "7b7b"';
const PASSWORD = 'echo pw & 9c9c';
let server: TestServer;
const transport = new HttpsTransport({ appVersion: 't' });

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    if (req.url.startsWith('/a/api/v2/')) {
      const key = String(req.headers['api-key']);
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ response: { error: { id: 1010, httpStatusCode: 401, message: `Invalid api-key ${key}` } } }),
        );
    } else {
      // QMob-style: the form body comes back inside the message, still form-encoded.
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 'error', message: `Bad request: ${req.body}` }));
    }
  });
});
afterAll(async () => {
  transport.close();
  await server.close();
});

describe('server texts leave main without the account secret', () => {
  it('QuestionPro: an error message echoing the key', async () => {
    const client = new QuestionProClient({
      transport,
      apiKey: KEY,
      account: { location: { customBaseUrl: server.origin }, userId: '1', extraCaPem: server.caPem },
    });
    const r = await client.getSurvey(1);
    expect(r.ok).toBe(false);
    expect(server.requests.at(-1)?.headers['api-key']).toBe(KEY);
    const text = JSON.stringify(r);
    expect(text).toContain('[redacted]');
    expect(text).not.toContain('5a5a');
  });

  it('QMob: a message echoing the form-encoded password', async () => {
    const client = new QmobClient({
      transport,
      password: PASSWORD,
      account: {
        location: { customBaseUrl: server.origin },
        project: 'P',
        userName: 'field-user',
        extraCaPem: server.caPem,
      },
    });
    const r = await client.probeCredentials();
    expect(r.ok).toBe(false);
    const text = JSON.stringify(r);
    expect(text).toContain('field-user');
    expect(text).not.toContain('9c9c');
  });

  it('refuses to trust an extra CA for a public host before opening a socket', async () => {
    const r = await transport.send({ method: 'GET', url: 'https://api.questionpro.com/x', extraCaPem: server.caPem });
    expect(r).toEqual({ ok: false, error: { problem: 'certificate', sent: false } });
  });
});
