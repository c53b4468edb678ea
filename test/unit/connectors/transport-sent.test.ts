import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTcpAddress, viaConnector } from '../../../main/connectors/transport/connector';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { startTestServer, testCertificate, type TestServer } from './support/https-test-server';

/**
 * "Sent" means "the server may have received it": once the connection is up, any
 * byte of the request may have left, so every failure after that is an unknown outcome.
 */
let server: TestServer;
let garbage: TlsServer;
let garbageOrigin: string;
const cert = await testCertificate();
const transport = new HttpsTransport({ appVersion: '1.2.3', connectTimeoutMs: 2_000, totalTimeoutMs: 5_000 });

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    if (req.url === '/stall-after-headers') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      // …and nothing more: the answer stalls after its headers.
    } else res.writeHead(404).end();
  });
  // Answers anything with bytes that are not HTTP, as a broken middlebox might.
  garbage = createTlsServer({ cert: cert.certPem, key: cert.keyPem }, (socket) => {
    socket.once('data', () => socket.end('\u0000\u0001 not http at all\r\n\r\n'));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
  garbageOrigin = `https://127.0.0.1:${(garbage.address() as AddressInfo).port}`;
});
afterAll(async () => {
  transport.close();
  await server.close();
  await new Promise<void>((resolve) => garbage.close(() => resolve()));
});

describe('HttpsTransport: sent means possibly received', () => {
  it('a connection reset before the request finished writing is reported as sent', async () => {
    const resetter = await startResetOnHeadersServer();
    try {
      // A body larger than the socket buffers: the reset arrives while it is still being written.
      const r = await transport.send({
        method: 'POST',
        url: `${resetter.origin}/responses`,
        body: JSON.stringify({ text: 'x'.repeat(4 * 1024 * 1024) }),
        extraCaPem: resetter.caPem,
      });
      expect(r).toMatchObject({ ok: false, error: { sent: true } });
    } finally {
      await resetter.close();
    }
  });

  it('a garbage answer to a POST is reported as sent', async () => {
    const r = await transport.send({
      method: 'POST',
      url: `${garbageOrigin}/responses`,
      body: '{"a":1}',
      extraCaPem: cert.caPem,
    });
    expect(r).toMatchObject({ ok: false, error: { problem: 'network', sent: true } });
  });

  it('an answer that stalls after its headers ends at the stall limit, as sent', async () => {
    const r = await transport.send({
      method: 'POST',
      url: `${server.origin}/stall-after-headers`,
      body: '{}',
      extraCaPem: server.caPem,
      stallTimeoutMs: 200,
    });
    expect(r).toMatchObject({ ok: false, error: { problem: 'timeout', sent: true, detail: 'stalled' } });
  });

  it('a refused connection is not sent', async () => {
    const r = await transport.send({ method: 'POST', url: 'https://127.0.0.1:9/x', body: '{}' });
    expect(r).toMatchObject({ ok: false, error: { problem: 'network', sent: false } });
  });
});

describe('HttpsTransport: connections through another address', () => {
  it('sends every connection to the given TCP address and still verifies the certificate of the URL', async () => {
    const via = new HttpsTransport({
      appVersion: '1.2.3',
      connectTimeoutMs: 2_000,
      connector: viaConnector({ host: '127.0.0.1', port: Number(new URL(server.origin).port) }),
    });
    try {
      const before = server.requests.length;
      // Port 9 has nothing listening: only the relay address makes this work.
      const r = await via.send({ method: 'GET', url: 'https://127.0.0.1:9/nothing-here', extraCaPem: server.caPem });
      expect(r).toMatchObject({ ok: true, value: { status: 404 } });
      expect(server.requests.length).toBe(before + 1);
      const untrusted = await via.send({
        method: 'GET',
        url: 'https://127.0.0.1:9/nothing-here',
        extraCaPem: cert.caPem,
      });
      expect(untrusted).toMatchObject({ ok: false, error: { problem: 'certificate', sent: false } });
    } finally {
      via.close();
    }
  });
});

/** An HTTPS server that resets the connection as soon as a request's headers arrive, before reading its body. */
async function startResetOnHeadersServer(): Promise<{ origin: string; caPem: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:https');
  const own = await testCertificate();
  const resetter = createServer({ cert: own.certPem, key: own.keyPem }, (req) => {
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => resetter.listen(0, '127.0.0.1', resolve));
  return {
    origin: `https://127.0.0.1:${(resetter.address() as AddressInfo).port}`,
    caPem: own.caPem,
    close: () =>
      new Promise<void>((resolve) => {
        resetter.closeAllConnections();
        resetter.close(() => resolve());
      }),
  };
}

describe('parseTcpAddress', () => {
  it('reads HOST:PORT and [IPv6]:PORT, and refuses anything else', () => {
    expect(parseTcpAddress('127.0.0.1:8443')).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(parseTcpAddress('[::1]:9')).toEqual({ host: '::1', port: 9 });
    for (const bad of ['127.0.0.1', ':80', 'host:0', 'host:70000', 'a:b']) expect(() => parseTcpAddress(bad)).toThrow();
  });
});
