import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import type { ContractDispatcher } from '../../main/ipc/dispatcher';
import type { FanOutPublisher } from '../../main/events/publisher';
import { contentTypeFor, resolveRendererFile } from '../../main/shell/renderer-files';
import { contentSecurityPolicy } from '../../main/shell/security';

export const BRIDGE_SCRIPT_PATH = '/__outpost/bridge.js';
export const BRIDGE_SOCKET_PATH = '/__outpost/bridge';

const callSchema = z.object({ id: z.number().int(), op: z.string(), input: z.unknown() });

export interface BrowserHostOptions {
  rendererDir: string;
  port: number;
  /** The bundled bridge-client script. */
  bridgeScript: string;
  dispatcher: ContractDispatcher;
  publisher: FanOutPublisher;
  token?: string;
}

export interface RunningBrowserHost {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on loopback and carries the contract over a
 * WebSocket, so the real app can be driven in Chromium where Electron cannot
 * run. Only pages from this origin holding this run's token may call.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<RunningBrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let origin = '';

  const server = createServer((request, response) => {
    void serveHttp(request, response, options, token, () => origin);
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const allowed =
      url.pathname === BRIDGE_SOCKET_PATH &&
      request.headers.origin === origin &&
      sameSecret(url.searchParams.get('token') ?? '', token);
    if (!allowed) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => serveBridge(client, options, origin));
  });

  await listen(server, options.port);
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    origin,
    token,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveBridge(client: WebSocket, options: BrowserHostOptions, origin: string): void {
  const unsubscribe = options.publisher.subscribe((event, payload) => {
    if (client.readyState === client.OPEN) client.send(JSON.stringify({ event, payload }));
  });
  client.on('close', unsubscribe);
  client.on('message', (data) => {
    let message: unknown;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    const call = callSchema.safeParse(message);
    if (!call.success) return;
    // The socket itself proved origin and token at upgrade; from here it is our own window's main frame.
    void options.dispatcher
      .dispatch(call.data.op, call.data.input, { url: `${origin}/`, isMainFrame: true })
      .then((result) => {
        if (client.readyState === client.OPEN) client.send(JSON.stringify({ id: call.data.id, result }));
      });
  });
}

async function serveHttp(
  request: IncomingMessage,
  response: ServerResponse,
  options: BrowserHostOptions,
  token: string,
  origin: () => string,
): Promise<void> {
  const headers = {
    'content-security-policy': contentSecurityPolicy([origin().replace(/^http/, 'ws')]),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, headers).end();
    return;
  }
  const path = new URL(request.url ?? '/', origin()).pathname;
  if (path === BRIDGE_SCRIPT_PATH) {
    response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(options.bridgeScript);
    return;
  }
  const file = resolveRendererFile(options.rendererDir, path);
  if (file === null) {
    response.writeHead(404, headers).end('Not found');
    return;
  }
  try {
    let body: Buffer | string = await readFile(file);
    if (file.endsWith('index.html')) body = withBridge(body.toString('utf8'), token);
    response.writeHead(200, { ...headers, 'content-type': contentTypeFor(file) }).end(body);
  } catch {
    response.writeHead(404, headers).end('Not found');
  }
}

/** A classic script in <head> runs before the app's module script, so `window.outpost` is there when the app starts. */
function withBridge(html: string, token: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}" data-token="${token}"></script>`;
  return html.replace('<head>', `<head>\n    ${tag}`);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
