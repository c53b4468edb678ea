import https from 'node:https';
import type tls from 'node:tls';
import { directConnector, type Connector } from '../connectors/transport/connector';
import type { ConnectionRoute, ConnectionRoutes } from '../connectors/transport/https-transport';
import type { ProxyDecision } from './proxy-decision';
import { proxyId } from './proxy-decision';
import { StrictProxyAgent } from './strict-proxy-agent';
import type { TrustStore } from './trust-store';

export interface ProxyCredentialsSource {
  /** The user name and password kept for a proxy, if any. */
  credentialsFor(proxy: string): Promise<{ username: string; password: string } | undefined>;
  /** The proxy answered 407: it wants credentials we do not have, or refused the ones we sent. */
  signInAsked(proxy: string): void;
  /** Bumped whenever credentials change, so connections made with old ones are not reused. */
  generation(): number;
}

export interface RouteDecider {
  decide(url: URL): Promise<ProxyDecision>;
}

/** Keep-alive settings shared by direct and proxied pools; see HttpsTransport for why connections are kept. */
const POOL = { keepAlive: true, maxSockets: 64, scheduling: 'lifo' } as const;

/**
 * How the transport opens each connection: decides direct or which proxy for
 * the request's URL, and hands out a kept-alive pool for that route together
 * with a context that trusts the OS certificate store. One pool per route and
 * trusted CA, so a sandbox connection never serves a real host and a changed
 * proxy or password never reuses an old tunnel.
 */
export class ProxyConnectionRoutes implements ConnectionRoutes {
  private readonly agents = new Map<string, https.Agent>();

  constructor(
    private readonly decider: RouteDecider,
    private readonly trust: TrustStore,
    private readonly credentials: ProxyCredentialsSource,
    /** How direct connections are opened (the transport's connector: direct, or a relay in fault tests). */
    private readonly connector: Connector = directConnector,
  ) {}

  async routeFor(url: URL, extraCaPem: string | undefined): Promise<ConnectionRoute> {
    const decision = await this.decider.decide(url);
    const secureContext: tls.SecureContext = this.trust.contextFor(extraCaPem);
    if (decision.kind === 'direct')
      return { agent: this.pool(`direct|${extraCaPem ?? ''}`, () => new https.Agent(POOL)), secureContext };
    const proxy = await this.withCredentials(decision.proxy);
    const id = proxyId(proxy);
    const key = `proxy|${decision.proxy.href}|${this.credentials.generation()}|${extraCaPem ?? ''}`;
    return {
      agent: this.pool(key, () => new StrictProxyAgent(proxy, POOL, () => this.credentials.signInAsked(id))),
      secureContext,
    };
  }

  /** Closes every kept-alive connection (settings changed, shutdown). */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  /** Credentials in the address itself (HTTPS_PROXY=http://user:pass@…) win; otherwise the keychain's. */
  private async withCredentials(proxy: URL): Promise<URL> {
    if (proxy.username !== '') return proxy;
    const kept = await this.credentials.credentialsFor(proxyId(proxy));
    if (!kept) return proxy;
    const withAuth = new URL(proxy.href);
    withAuth.username = encodeURIComponent(kept.username);
    withAuth.password = encodeURIComponent(kept.password);
    return withAuth;
  }

  private directAgent(): https.Agent {
    const agent = new https.Agent(POOL);
    const connector = this.connector;
    // https.Agent hands createConnection the options it would give tls.connect.
    agent.createConnection = (options) => connector(options as tls.ConnectionOptions);
    return agent;
  }

  private pool(key: string, make: () => https.Agent): https.Agent {
    let agent = this.agents.get(key);
    if (!agent) {
      agent = make();
      this.agents.set(key, agent);
    }
    return agent;
  }
}
