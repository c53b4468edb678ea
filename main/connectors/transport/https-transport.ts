import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import tls from 'node:tls';
import { isLoopbackAddress } from '../../../common/accounts/loopback';
import { directConnector, type Connector } from './connector';
import { proxyProblem } from '../../network/proxy-errors';
import { silentLogger, systemClock, type Clock, type Logger } from '../logger';
import { safeUrl } from './safe-url';
import { failWith, ok } from '../../../common/result';
import type { Transport, TransportOutcome, TransportProblemCode, TransportRequest } from './types';

export interface HttpsTransportOptions {
  /** Outpost's version, for `User-Agent: Outpost/<version>`. */
  readonly appVersion: string;
  readonly connectTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  /**
   * Longest silence while waiting for the server's bytes once the request is out
   * (before the first byte and between bytes): a stalled answer frees its
   * delivery slot long before the total limit.
   */
  readonly stallTimeoutMs?: number;
  /** Opens every connection (direct by default; a relay for fault tests, a proxy later). */
  readonly connector?: Connector;
  /** Answers larger than this are abandoned: no API call of ours legitimately returns more. */
  readonly maxResponseBytes?: number;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** How each connection is opened (direct or through a proxy, and which CAs to trust); built in when absent. */
  readonly routes?: ConnectionRoutes;
}

/** The pool a request's connection comes from, and the certificate authorities it trusts. */
export interface ConnectionRoute {
  readonly agent: https.Agent;
  readonly secureContext?: tls.SecureContext;
}

export interface ConnectionRoutes {
  routeFor(url: URL, extraCaPem: string | undefined): Promise<ConnectionRoute>;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_TOTAL_TIMEOUT_MS = 60_000;
const DEFAULT_STALL_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** Node TLS verification error codes: the request was never sent, and retrying will not help. */
const CERTIFICATE_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME/;

/**
 * HTTPS over Node's `https` module. Certificate verification is always on (an
 * account may only *add* a CA); each request gets its own connection, so a
 * stale keep-alive socket can never turn a fresh request into an "unknown outcome".
 */
export class HttpsTransport implements Transport {
  private readonly connectTimeoutMs: number;
  private readonly totalTimeoutMs: number;
  private readonly stallTimeoutMs: number;
  private readonly connector: Connector;
  private readonly maxResponseBytes: number;
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly userAgent: string;
  private readonly routes: ConnectionRoutes | undefined;

  constructor(options: HttpsTransportOptions) {
    this.routes = options.routes;
    this.connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.totalTimeoutMs = options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
    this.stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
    this.connector = options.connector ?? directConnector;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.userAgent = `Outpost/${options.appVersion}`;
  }

  send(request: TransportRequest): Promise<TransportOutcome> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return Promise.resolve(this.refuse(request, 'invalid-url'));
    }
    // Refused before any socket exists: plain HTTP would expose keys and passwords.
    if (url.protocol !== 'https:') return Promise.resolve(this.refuse(request, 'insecure-url'));
    if (url.username !== '' || url.password !== '') return Promise.resolve(this.refuse(request, 'invalid-url'));
    // An extra CA is for this computer's own servers only: it must never let a public host be impersonated.
    if (request.extraCaPem && !isLoopbackAddress(url.origin))
      return Promise.resolve(this.refuse(request, 'certificate'));
    if (request.signal?.aborted) return Promise.resolve(this.refuse(request, 'cancelled'));
    if (!this.routes) return this.exchange(url, request, this.builtInRoute(request.extraCaPem));
    return this.routes.routeFor(url, request.extraCaPem).then(
      (route) => this.exchange(url, request, route),
      () => this.refuse(request, 'proxy-unreachable'),
    );
  }

  private builtInRoute(extraCaPem: string | undefined): ConnectionRoute {
    return {
      agent: this.agentFor(extraCaPem),
      ...(extraCaPem ? { secureContext: this.contextTrusting(extraCaPem) } : {}),
    };
  }

  /**
   * Parsing the system's root certificates takes far longer than a request to a
   * nearby server, so the context that adds an account's CA is built once per CA.
   */
  private readonly contexts = new Map<string, tls.SecureContext>();
  private contextTrusting(extraCaPem: string): tls.SecureContext {
    let context = this.contexts.get(extraCaPem);
    if (!context) {
      context = tls.createSecureContext({ ca: [...tls.rootCertificates, extraCaPem] });
      this.contexts.set(extraCaPem, context);
    }
    return context;
  }

  /**
   * Connections are kept alive: a fresh TLS handshake per call costs more than
   * the call itself on a nearby server. A reused socket the server has just
   * closed can fail after the request went out; that is reported as sent
   * (ambiguous), which delivery already resolves by looking the item up.
   * One pool per trusted CA, so a sandbox connection never serves a real host.
   */
  private readonly agents = new Map<string, https.Agent>();
  private agentFor(extraCaPem: string | undefined): https.Agent {
    const key = extraCaPem ?? '';
    let agent = this.agents.get(key);
    if (!agent) {
      agent = new https.Agent({ keepAlive: true, maxSockets: 64, scheduling: 'lifo' });
      const connector = this.connector;
      // https.Agent hands createConnection the options it would give tls.connect.
      agent.createConnection = (options) => connector(options as tls.ConnectionOptions);
      this.agents.set(key, agent);
    }
    return agent;
  }

  /** Closes kept-alive connections (on shutdown, and between tests). */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private refuse(request: TransportRequest, problem: TransportProblemCode): TransportOutcome {
    this.logger.warn('request refused', { method: request.method, url: safeUrl(request.url), problem });
    return failWith({ problem, sent: false });
  }

  private exchange(url: URL, request: TransportRequest, route: ConnectionRoute): Promise<TransportOutcome> {
    const started = this.clock.now();
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...request.headers,
      'user-agent': this.userAgent,
    };
    if (body) headers['content-length'] = String(body.byteLength);

    return new Promise<TransportOutcome>((resolve) => {
      let settled = false;
      /**
       * True from the moment any byte of the request may have left this machine:
       * once the connection is up, Node writes the request whenever it likes, and a
       * server may act on it before we hear a word (or before our own 'finish'
       * event fires). Only failures before that point are "nothing was sent".
       */
      let sent = false;
      const markSent = (): void => {
        if (sent) return;
        sent = true;
        clearTimeout(connectTimer);
      };

      const req = https.request({
        protocol: 'https:',
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port === '' ? 443 : Number(url.port),
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers,
        agent: route.agent,
        rejectUnauthorized: true,
        ...(route.secureContext ? { secureContext: route.secureContext } : {}),
      });

      const stallMs = request.stallTimeoutMs ?? this.stallTimeoutMs;
      let stallTimer: ReturnType<typeof setTimeout> | undefined;
      /** Waiting for the server's next byte: silence longer than the stall limit ends the exchange. */
      const awaitServerBytes = (): void => {
        clearTimeout(stallTimer);
        stallTimer = setTimeout(() => fail('timeout', 'stalled'), stallMs);
      };

      const onAbort = (): void => fail('cancelled');
      const finish = (outcome: TransportOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(connectTimer);
        clearTimeout(totalTimer);
        clearTimeout(stallTimer);
        request.signal?.removeEventListener('abort', onAbort);
        // A finished exchange hands its socket back to the pool; anything else must not leave it half-used.
        if (!outcome.ok) req.destroy();
        const fields = { method: request.method, url: safeUrl(request.url), ms: this.clock.now() - started };
        if (outcome.ok) this.logger.debug('response', { ...fields, status: outcome.value.status });
        else
          this.logger.warn('request failed', {
            ...fields,
            problem: outcome.error.problem,
            sent: outcome.error.sent,
            detail: outcome.error.detail,
          });
        resolve(outcome);
      };
      const fail = (problem: TransportProblemCode, detail?: string): void =>
        finish(failWith({ problem, sent, ...(detail ? { detail } : {}) }));

      request.signal?.addEventListener('abort', onAbort, { once: true });
      const connectTimer = setTimeout(() => fail('connect-timeout'), request.connectTimeoutMs ?? this.connectTimeoutMs);
      const totalTimer = setTimeout(() => fail('timeout'), request.totalTimeoutMs ?? this.totalTimeoutMs);

      req.on('socket', (socket) => {
        // A kept-alive socket is connected already: the request may go out at once.
        if (!socket.connecting && !socket.pending) markSent();
        else socket.once('secureConnect', markSent);
      });
      // The whole request is in the kernel's hands: from here we wait for the server.
      req.on('finish', () => {
        markSent();
        awaitServerBytes();
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        const code = error.code ?? 'ERROR';
        fail(proxyProblem(code) ?? (CERTIFICATE_CODE.test(code) ? 'certificate' : 'network'), code);
      });
      req.on('response', (res: IncomingMessage) => {
        markSent();
        awaitServerBytes();
        this.readBody(res, finish, fail, awaitServerBytes);
      });

      req.end(body);
    });
  }

  private readBody(
    res: IncomingMessage,
    finish: (outcome: TransportOutcome) => void,
    fail: (problem: TransportProblemCode, detail?: string) => void,
    awaitServerBytes: () => void,
  ): void {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      awaitServerBytes();
      size += chunk.byteLength;
      if (size > this.maxResponseBytes) fail('response-too-large');
      else chunks.push(chunk);
    });
    res.on('error', (error: NodeJS.ErrnoException) => fail('network', error.code ?? 'ERROR'));
    res.on('aborted', () => fail('network', 'ECONNRESET'));
    res.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      finish(ok({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
  }
}
