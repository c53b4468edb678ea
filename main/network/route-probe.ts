import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import tls from 'node:tls';
import { isLoopbackAddress } from '../../common/accounts/loopback';
import type { ProxyCredentialsSource, RouteDecider } from './connection-routes';
import { proxyId } from './proxy-decision';
import type { TrustStore } from './trust-store';

/**
 * Can we reach this service at all, the way requests will? A TLS handshake with
 * its host, through the proxy when requests use one, checked like any request
 * but sending none, so it costs no call against a rate limit.
 */
export class RouteProbe {
  constructor(
    private readonly decider: RouteDecider,
    private readonly trust: TrustStore,
    private readonly credentials: ProxyCredentialsSource,
    private readonly timeoutMs = 5_000,
  ) {}

  async probe(url: string, extraCaPem: string | undefined): Promise<boolean> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return false;
    }
    // As in the transport: an extra CA never applies to a public host.
    if (extraCaPem && !isLoopbackAddress(target.origin)) return false;
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = target.port === '' ? 443 : Number(target.port);
    const decision = await this.decider.decide(target);
    const deadline = AbortSignal.timeout(this.timeoutMs);
    const tunnel = decision.kind === 'direct' ? undefined : await this.openTunnel(decision.proxy, host, port, deadline);
    if (decision.kind === 'proxy' && !tunnel) return false;
    return new Promise((resolve) => {
      const socket = tls.connect({
        ...(tunnel ? { socket: tunnel } : { host, port }),
        servername: isIP(host) ? undefined : host,
        secureContext: this.trust.contextFor(extraCaPem),
        rejectUnauthorized: true,
      });
      const done = (reachable: boolean): void => {
        deadline.removeEventListener('abort', onTimeout);
        socket.destroy();
        tunnel?.destroy();
        resolve(reachable);
      };
      const onTimeout = (): void => done(false);
      deadline.addEventListener('abort', onTimeout, { once: true });
      socket.once('secureConnect', () => done(true));
      socket.once('error', () => done(false));
    });
  }

  /** CONNECT host:port through the proxy; the raw socket once it says 200, else undefined. */
  private async openTunnel(proxy: URL, host: string, port: number, signal: AbortSignal): Promise<Socket | undefined> {
    const headers: Record<string, string> = { host: `${host}:${port}` };
    const kept = proxy.username === '' ? await this.credentials.credentialsFor(proxyId(proxy)) : undefined;
    const user = kept ?? { username: decodeURIComponent(proxy.username), password: decodeURIComponent(proxy.password) };
    if (user.username !== '') {
      headers['proxy-authorization'] = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
    }
    const request = proxy.protocol === 'https:' ? https.request : http.request;
    return new Promise((resolve) => {
      const req = request({
        host: proxy.hostname.replace(/^\[|\]$/g, ''),
        port: proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port),
        method: 'CONNECT',
        path: `${isIP(host) === 6 ? `[${host}]` : host}:${port}`,
        headers,
        signal,
      });
      req.once('connect', (response, socket) => {
        if (response.statusCode === 200) resolve(socket);
        else {
          if (response.statusCode === 407) this.credentials.signInAsked(proxyId(proxy));
          socket.destroy();
          resolve(undefined);
        }
      });
      req.once('error', () => resolve(undefined));
      req.end();
    });
  }
}
