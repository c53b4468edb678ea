import type { ClientRequest } from 'node:http';
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import { HttpsProxyAgent, type HttpsProxyAgentOptions } from 'https-proxy-agent';

type ConnectOptions = Parameters<HttpsProxyAgent<string>['connect']>[1];

/** Error codes this agent raises; the transport turns them into proxy problems (see proxy-errors.ts). */
export const PROXY_ERROR = {
  unreachable: 'EOUTPOST_PROXY_UNREACHABLE',
  refused: 'EOUTPOST_PROXY_REFUSED',
  signIn: 'EOUTPOST_PROXY_SIGN_IN',
} as const;

export class ProxyConnectError extends Error {
  constructor(
    readonly code: (typeof PROXY_ERROR)[keyof typeof PROXY_ERROR],
    readonly proxyStatus?: number,
  ) {
    super(proxyStatus === undefined ? code : `${code} (${proxyStatus})`);
    this.name = 'ProxyConnectError';
  }
}

/**
 * https-proxy-agent, except that a proxy refusing the tunnel is an error. Left
 * to itself the agent replays the proxy's own answer (a 407 or 403) as if the
 * service had sent it, which delivery would read as the service's verdict;
 * here nothing was sent and the outbox must say so.
 */
export class StrictProxyAgent extends HttpsProxyAgent<string> {
  constructor(
    proxy: URL,
    options: HttpsProxyAgentOptions<string>,
    private readonly onSignInAsked: () => void,
  ) {
    super(proxy.href, options);
  }

  override async connect(req: ClientRequest, opts: ConnectOptions): Promise<Socket> {
    let status: number | undefined;
    req.once('proxyConnect', (answer: { statusCode: number }) => {
      status = answer.statusCode;
    });
    let socket: Socket;
    try {
      socket = await super.connect(req, opts);
    } catch {
      throw new ProxyConnectError(PROXY_ERROR.unreachable);
    }
    if (status === 200) return secured(socket);
    socket.destroy();
    if (status === 407) {
      this.onSignInAsked();
      throw new ProxyConnectError(PROXY_ERROR.signIn, status);
    }
    throw new ProxyConnectError(PROXY_ERROR.refused, status);
  }
}

/**
 * The tunnel's TLS socket once its handshake is done. The transport counts a
 * request as possibly sent from the moment its socket is connected; handing it
 * a socket still shaking hands would turn a certificate refusal (nothing sent)
 * into an unknown outcome. A failed handshake rejects with its own error code.
 */
function secured(socket: Socket): Promise<Socket> {
  // Just made by tls.connect over the tunnel: its handshake cannot have finished yet.
  if (!(socket instanceof TLSSocket)) return Promise.resolve(socket);
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      socket.off('secureConnect', onSecure);
      socket.destroy();
      reject(error);
    };
    const onSecure = (): void => {
      socket.off('error', onError);
      resolve(socket);
    };
    socket.once('error', onError);
    socket.once('secureConnect', onSecure);
  });
}
