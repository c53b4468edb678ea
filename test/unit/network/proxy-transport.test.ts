import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { ProxyConnectionRoutes, type ProxyCredentialsSource } from '../../../main/network/connection-routes';
import type { ProxyDecision } from '../../../main/network/proxy-decision';
import { RouteProbe } from '../../../main/network/route-probe';
import { TrustStore } from '../../../main/network/trust-store';
import { startConnectProxy, type RunningConnectProxy } from '../../support/connect-proxy';
import { startTestServer, type TestServer } from '../connectors/support/https-test-server';

/**
 * The real transport through a real CONNECT proxy on loopback. Loopback never
 * goes through a proxy in the app, so these tests hand the routes a decider
 * that always names the proxy.
 */
let server: TestServer;
const proxies: RunningConnectProxy[] = [];
const routeSets: ProxyConnectionRoutes[] = [];

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url }));
  });
});
afterAll(() => server.close());
afterEach(async () => {
  for (const routes of routeSets.splice(0)) routes.close();
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

class Credentials implements ProxyCredentialsSource {
  asked: string[] = [];
  kept: { username: string; password: string } | undefined;
  private version = 0;
  credentialsFor(): Promise<{ username: string; password: string } | undefined> {
    return Promise.resolve(this.kept);
  }
  signInAsked(proxy: string): void {
    this.asked.push(proxy);
  }
  generation(): number {
    return this.version;
  }
  keep(username: string, password: string): void {
    this.kept = { username, password };
    this.version += 1;
  }
}

function through(proxyUrl: string, credentials = new Credentials(), roots: readonly string[] = []) {
  const decision: ProxyDecision = { kind: 'proxy', proxy: new URL(proxyUrl), source: 'settings' };
  const decider = { decide: () => Promise.resolve(decision) };
  const trust = new TrustStore(() => roots);
  const routes = new ProxyConnectionRoutes(decider, trust, credentials);
  const transport = new HttpsTransport({ appVersion: '1.0.0', routes, connectTimeoutMs: 3000, totalTimeoutMs: 3000 });
  routeSets.push(routes);
  return { transport, routes, credentials, probe: new RouteProbe(decider, trust, credentials, 3000) };
}

async function proxy(options: Parameters<typeof startConnectProxy>[0] = {}): Promise<RunningConnectProxy> {
  const started = await startConnectProxy(options);
  proxies.push(started);
  return started;
}

describe('HTTPS through a CONNECT proxy', () => {
  it('tunnels to the server with certificate verification still on', async () => {
    const running = await proxy();
    const { transport } = through(running.url);
    const answer = await transport.send({ method: 'GET', url: `${server.origin}/via-proxy`, extraCaPem: server.caPem });
    expect(answer).toMatchObject({ ok: true, value: { status: 200, body: '{"path":"/via-proxy"}' } });
    expect(running.connects).toEqual([new URL(server.origin).host]);

    // The same tunnel does not make an untrusted server acceptable.
    const untrusted = await transport.send({ method: 'GET', url: `${server.origin}/x` });
    expect(untrusted).toMatchObject({ ok: false, error: { problem: 'certificate', sent: false } });
  });

  it('trusts a CA from the operating system store (a corporate root) without any account CA', async () => {
    const running = await proxy();
    const { transport } = through(running.url, new Credentials(), [server.caPem]);
    const answer = await transport.send({ method: 'GET', url: `${server.origin}/os-root` });
    expect(answer).toMatchObject({ ok: true, value: { status: 200 } });
  });

  it('reports a TLS-inspecting proxy’s foreign certificate as a certificate problem, nothing sent', async () => {
    // An inspecting proxy presents its own certificate: here, a server whose CA nobody trusts.
    const inspector = await startTestServer((_req, res) => res.writeHead(200).end('{}'));
    try {
      const running = await proxy({ hosts: { 'api.example.test': '127.0.0.1' } });
      const { transport } = through(running.url);
      const port = new URL(inspector.origin).port;
      const answer = await transport.send({ method: 'POST', url: `https://api.example.test:${port}/x`, body: '{}' });
      expect(answer).toMatchObject({ ok: false, error: { problem: 'certificate', sent: false } });
      expect(inspector.requests).toEqual([]);
    } finally {
      await inspector.close();
    }
  });

  it('a proxy that refuses the tunnel is a proxy problem, not the service’s answer, and nothing was sent', async () => {
    const running = await proxy({ refuse: () => true });
    const { transport } = through(running.url);
    const before = server.requests.length;
    const answer = await transport.send({
      method: 'POST',
      url: `${server.origin}/create`,
      body: '{}',
      extraCaPem: server.caPem,
    });
    expect(answer).toMatchObject({ ok: false, error: { problem: 'proxy-refused', sent: false } });
    expect(server.requests.length).toBe(before);
  });

  it('a proxy that cannot be reached is reported as such', async () => {
    const running = await proxy();
    const url = running.url;
    await running.close();
    const { transport } = through(url);
    const answer = await transport.send({ method: 'GET', url: `${server.origin}/x`, extraCaPem: server.caPem });
    expect(answer).toMatchObject({ ok: false, error: { problem: 'proxy-unreachable', sent: false } });
  });

  it('asks for a sign-in on 407, then uses the kept credentials', async () => {
    const running = await proxy({ credentials: { username: 'field.team', password: 'proxy-secret-1' } });
    const { transport, credentials } = through(running.url);
    const refused = await transport.send({ method: 'GET', url: `${server.origin}/x`, extraCaPem: server.caPem });
    expect(refused).toMatchObject({ ok: false, error: { problem: 'proxy-sign-in', sent: false } });
    expect(credentials.asked).toEqual([`127.0.0.1:${running.port}`]);

    credentials.keep('field.team', 'wrong');
    const wrong = await transport.send({ method: 'GET', url: `${server.origin}/x`, extraCaPem: server.caPem });
    expect(wrong).toMatchObject({ ok: false, error: { problem: 'proxy-sign-in' } });

    credentials.keep('field.team', 'proxy-secret-1');
    const answer = await transport.send({ method: 'GET', url: `${server.origin}/signed-in`, extraCaPem: server.caPem });
    expect(answer).toMatchObject({ ok: true, value: { status: 200 } });
    // The service never sees the proxy's credentials.
    expect(server.requests.at(-1)?.headers['proxy-authorization']).toBeUndefined();
  });

  it('probes reachability through the proxy, with its sign-in, sending no request', async () => {
    const running = await proxy({ credentials: { username: 'u', password: 'proxy-secret-2' } });
    const { probe, credentials } = through(running.url);
    const before = server.requests.length;
    expect(await probe.probe(`${server.origin}/a`, server.caPem)).toBe(false);
    expect(credentials.asked.length).toBe(1);
    credentials.keep('u', 'proxy-secret-2');
    expect(await probe.probe(`${server.origin}/a`, server.caPem)).toBe(true);
    expect(await probe.probe(`${server.origin}/a`, undefined)).toBe(false);
    expect(server.requests.length).toBe(before);
  });
});
