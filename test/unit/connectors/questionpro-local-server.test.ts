import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { startTestServer, type TestServer } from './support/https-test-server';

/** Cases the sandbox does not produce: a proxy's HTML 502, an empty 503, a server without the filter endpoint. */
let server: TestServer;
const client = (): QuestionProClient =>
  new QuestionProClient({
    transport: new HttpsTransport({ appVersion: 't' }),
    apiKey: 'local-key-123456',
    account: { location: { customBaseUrl: server.origin }, userId: '1', extraCaPem: server.caPem },
  });

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/a/api/v2/surveys/1') {
      res
        .writeHead(502, { 'content-type': 'text/html' })
        .end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
    } else if (path === '/a/api/v2/surveys/2') {
      res.writeHead(503, { 'retry-after': '30' }).end();
    } else if (path === '/a/api/v2/surveys/3/responses/filter') {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"response":{"error":{"id":1040,"httpStatusCode":404,"name":"NOT_FOUND","message":"no such endpoint"}}}');
    } else if (path === '/a/api/v2/surveys/3/responses') {
      const page = new URL(req.url, 'https://x').searchParams.get('page');
      const all = [
        { responseID: 10, externalReference: 'a' },
        { responseID: 11, externalReference: 'b' },
        { responseID: 12, externalReference: 'a' },
      ];
      const body = {
        response: page === '1' ? all.slice(0, 2) : all.slice(2),
        pagination: { perPage: 2, totalItems: 3, currentPage: Number(page), totalPages: 2, links: {} },
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } else if (path === '/a/api/v2/surveys/4') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"response": {"unexpected": true}}');
    } else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe('QuestionProClient on odd servers', () => {
  it('turns an HTML 502 page into a retryable server error showing the page title', async () => {
    const r = await client().getSurvey(1);
    expect(!r.ok && r.error).toMatchObject({
      kind: 'server',
      retryable: true,
      httpStatus: 502,
      serverMessage: '502 Bad Gateway',
      known: false,
    });
    expect(server.requests.at(-1)?.headers['api-key']).toBe('local-key-123456');
    expect(server.requests.at(-1)?.url).not.toContain('local-key');
  });

  it('an empty 503 is retryable and carries Retry-After', async () => {
    const r = await client().getSurvey(2);
    expect(!r.ok && r.error).toMatchObject({ kind: 'server', retryable: true, retryAfterMs: 30_000 });
  });

  it('falls back to paging through responses when the filter endpoint answers 404', async () => {
    const r = await client().findResponsesByExternalReference(3, 'a');
    expect(r.ok && r.value.map((x) => x.responseID)).toEqual([10, 12]);
  });

  it('a 2xx body of the wrong shape is a typed error, not a crash', async () => {
    const r = await client().getSurvey(4);
    expect(!r.ok && r.error).toMatchObject({ code: 'questionpro.unexpected-response', kind: 'server' });
  });

  it('refuses an http:// account address before sending', async () => {
    const c = new QuestionProClient({
      transport: new HttpsTransport({ appVersion: 't' }),
      apiKey: 'k',
      account: { location: { customBaseUrl: 'http://127.0.0.1:1' }, userId: '1' },
    });
    const r = await c.getSurvey(1);
    expect(!r.ok && r.error).toMatchObject({ code: 'questionpro.insecure-url', kind: 'invalid-request' });
  });
});
