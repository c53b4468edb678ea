import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { fail, type Result } from '../../common/result';
import type { ContractDispatcher } from '../../main/ipc/dispatcher';
import type { FanOutPublisher } from '../../main/events/publisher';
import { contentTypeFor, resolveRendererFile } from '../../main/shell/renderer-files';
import { contentSecurityPolicy } from '../../main/shell/security';

export const BRIDGE_SCRIPT_PATH = '/__outpost/bridge.js';
export const BRIDGE_SOCKET_PATH = '/__outpost/bridge';

const callSchema = z.object({ id: z.number().int(), op: z.string().max(200), input: z.unknown() });

/** No operation of ours carries more; a bigger frame is refused (close code 1009) before it is buffered. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
/** No answer repeats more than this much of anything (the dispatcher already cuts what it echoes). */
const MAX_MESSAGE_CHARS = 500;

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
    if (!ownHost(request, origin)) {
      // A page on another name resolving to loopback (DNS rebinding) is not us, whatever its Origin says.
      response.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    serveHttp(request, response, options, token, () => origin).catch(() => {
      if (!response.headersSent) response.writeHead(400).end();
      else response.destroy();
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    const url = parseRequestUrl(request.url, origin);
    const allowed =
      url !== null &&
      ownHost(request, origin) &&
      url.pathname === BRIDGE_SOCKET_PATH &&
      request.headers.origin === origin &&
      sameSecret(url.searchParams.get('token') ?? '', token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => serveBridge(client, options, origin));
  });
  // A bad request line or header never reaches a handler: answer it and close, instead of throwing.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
  // ws reports a frame it refuses (too large: 1009, text that is not UTF-8: 1007, a protocol error: 1002)
  // as an error and closes that connection with the reason; without a listener the error would end the host.
  client.on('error', (error) => {
    process.stderr.write(
      `${JSON.stringify({ level: 'warn', message: 'bridge connection closed', reason: error.message })}\n`,
    );
  });
  client.on('message', (data, isBinary) => {
    const reply = (id: number | null, result: Result<unknown>): void => {
      if (client.readyState === client.OPEN) client.send(JSON.stringify({ id, result }));
    };
    const call = isBinary ? undefined : parseCall(data);
    if (!call?.success) {
      reply(idOf(call), badRequest());
      return;
    }
    // The socket itself proved origin and token at upgrade; from here it is our own window's main frame.
    void options.dispatcher
      .dispatch(call.data.op, call.data.input, { url: `${origin}/`, isMainFrame: true })
      .then((result) => reply(call.data.id, echoTruncated(result)));
  });
}

type ParsedCall = { success: true; data: z.infer<typeof callSchema> } | { success: false; id: number | null };

function parseCall(data: RawData): ParsedCall {
  let message: unknown;
  try {
    message = JSON.parse(rawText(data));
  } catch {
    return { success: false, id: null };
  }
  const call = callSchema.safeParse(message);
  if (call.success) return { success: true, data: call.data };
  const id = z.object({ id: z.number().int() }).safeParse(message);
  return { success: false, id: id.success ? id.data.id : null };
}

const idOf = (call: ParsedCall | undefined): number | null => (call && !call.success ? call.id : null);

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

const badRequest = (): Result<never> =>
  fail('bad-request', 'Outpost could not read this request: it must be {"id": number, "op": string, "input": …}.');

function echoTruncated(result: Result<unknown>): Result<unknown> {
  if (result.ok || result.error.message.length <= MAX_MESSAGE_CHARS) return result;
  return { ...result, error: { ...result.error, message: `${result.error.message.slice(0, MAX_MESSAGE_CHARS)}…` } };
}

/** The Host header must name this server: 127.0.0.1 or localhost on our port. */
function ownHost(request: IncomingMessage, origin: string): boolean {
  const port = new URL(origin).port;
  const host = request.headers.host ?? '';
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function parseRequestUrl(raw: string | undefined, origin: string): URL | null {
  try {
    return new URL(raw ?? '/', origin);
  } catch {
    return null;
  }
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
  const url = parseRequestUrl(request.url, origin());
  if (url === null) {
    response.writeHead(400, headers).end();
    return;
  }
  const path = url.pathname;
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
