import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { parseRetryAfter } from '../../../main/connectors/transport/retry-after';
import { startTestServer, type TestServer } from './support/https-test-server';

let server: TestServer;
const transport = new HttpsTransport({ appVersion: '1.2.3', connectTimeoutMs: 2000, totalTimeoutMs: 2000 });

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    else if (req.url === '/slow-headers') setTimeout(() => res.writeHead(200).end('late'), 1500);
    else if (req.url === '/reset') res.socket?.destroy();
    else if (req.url === '/busy') res.writeHead(429, { 'retry-after': '7' }).end();
    else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe('HttpsTransport', () => {
  it('talks HTTPS with the account’s extra CA and names itself', async () => {
    const r = await transport.send({ method: 'GET', url: `${server.origin}/ok`, extraCaPem: server.caPem });
    expect(r).toMatchObject({ ok: true, value: { status: 200, body: '{"ok":true}' } });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('Outpost/1.2.3');
  });

  it('refuses http:// before any request is made', async () => {
    const before = server.requests.length;
    const r = await transport.send({ method: 'GET', url: server.origin.replace('https:', 'http:') + '/ok' });
    expect(r).toEqual({ ok: false, error: { problem: 'insecure-url', sent: false } });
    expect(server.requests.length).toBe(before);
  });

  it('refuses a server whose certificate is not trusted (verification is never off)', async () => {
    const r = await transport.send({ method: 'GET', url: `${server.origin}/ok` });
    expect(r).toMatchObject({ ok: false, error: { problem: 'certificate', sent: false } });
  });

  it('a timeout after the body was sent is reported as sent (outcome unknown)', async () => {
    const r = await transport.send({
      method: 'POST',
      url: `${server.origin}/slow-headers`,
      body: '{}',
      extraCaPem: server.caPem,
      totalTimeoutMs: 300,
    });
    expect(r).toMatchObject({ ok: false, error: { problem: 'timeout', sent: true } });
  });

  it('a reset after the body was sent is reported as sent', async () => {
    const r = await transport.send({
      method: 'POST',
      url: `${server.origin}/reset`,
      body: '{"a":1}',
      extraCaPem: server.caPem,
    });
    expect(r).toMatchObject({ ok: false, error: { problem: 'network', sent: true } });
  });

  it('a server that never completes the TLS handshake is a connect timeout, not sent', async () => {
    const silent = createNetServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const r = await transport.send({
        method: 'POST',
        url: `https://127.0.0.1:${port}/x`,
        body: '{}',
        connectTimeoutMs: 200,
      });
      expect(r).toEqual({ ok: false, error: { problem: 'connect-timeout', sent: false } });
    } finally {
      silent.close();
    }
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = transport.send({
      method: 'GET',
      url: `${server.origin}/slow-headers`,
      extraCaPem: server.caPem,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toMatchObject({ ok: false, error: { problem: 'cancelled', sent: true } });
    const again = await transport.send({ method: 'GET', url: `${server.origin}/ok`, signal: controller.signal });
    expect(again).toMatchObject({ ok: false, error: { problem: 'cancelled', sent: false } });
  });

  it('returns Retry-After for the caller to parse', async () => {
    const r = await transport.send({ method: 'GET', url: `${server.origin}/busy`, extraCaPem: server.caPem });
    expect(r.ok && r.value.headers['retry-after']).toBe('7');
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});
