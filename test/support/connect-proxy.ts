import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createProxy, type ProxyServer } from 'proxy';

export interface ConnectProxyOptions {
  /** Names the proxy resolves itself, as an office proxy resolves hosts the laptop cannot: name → address. */
  hosts?: Readonly<Record<string, string>>;
  /** When given, CONNECT needs `Proxy-Authorization: Basic` with these. */
  credentials?: { username: string; password: string };
  /** Targets (host:port as asked) the proxy refuses with 403, as a filtering proxy does. */
  refuse?: (target: string) => boolean;
}

export interface RunningConnectProxy {
  readonly url: string;
  readonly port: number;
  /** Every CONNECT target asked for, in order, as the client wrote it. */
  readonly connects: string[];
  close(): Promise<void>;
}

type ConnectListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * A real HTTP CONNECT proxy (the `proxy` package) on loopback. Its own
 * listener does the tunnelling; ours in front records, refuses or maps names
 * first, and TLS stays end to end between client and server.
 */
export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<RunningConnectProxy> {
  const server: ProxyServer = createProxy(createServer());
  const connects: string[] = [];
  // Tunnels are detached from the HTTP server, so closing it does not end them: keep them to end them.
  const sockets = new Set<Duplex>();
  server.on('connection', (socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const [tunnel] = server.listeners('connect') as ConnectListener[];
  if (!tunnel) throw new Error('the proxy package registered no CONNECT listener');
  server.removeAllListeners('connect');
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = req.url ?? '';
    connects.push(target);
    if (options.refuse?.(target)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nBlocked by policy');
      return;
    }
    const colon = target.lastIndexOf(':');
    const mapped = options.hosts?.[target.slice(0, colon)];
    if (mapped) req.url = `${mapped}${target.slice(colon)}`;
    tunnel.call(server, req, socket, head);
  });
  if (options.credentials) {
    const expected = `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`;
    server.authenticate = (req) => req.headers['proxy-authorization'] === expected;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
