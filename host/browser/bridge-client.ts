/**
 * The browser host's stand-in for the Electron preload: the same
 * `window.outpost` shape, carried over a loopback WebSocket instead of IPC.
 * Served by the host only; never part of the packaged app.
 */
import { eventNames, operationNames } from '../../common/contract/names';
import type { OutpostBridge } from '../../common/contract/bridge';
import type { Result } from '../../common/result';

interface Pending {
  resolve: (result: Result<unknown>) => void;
}

const script = document.currentScript;
const token = script instanceof HTMLScriptElement ? (script.dataset['token'] ?? '') : '';
const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/__outpost/bridge?token=${encodeURIComponent(token)}`;

const unavailable: Result<never> = {
  ok: false,
  error: {
    code: 'bridge-unavailable',
    message: 'Outpost cannot reach its background service. Please restart Outpost.',
  },
};

const pending = new Map<number, Pending>();
const listeners = new Map<string, Set<(payload: unknown) => void>>();
let nextId = 1;
let socket: WebSocket | undefined;
let opened: Promise<WebSocket> | undefined;

function connect(): Promise<WebSocket> {
  if (opened) return opened;
  opened = new Promise((resolve, reject) => {
    const candidate = new WebSocket(socketUrl);
    candidate.addEventListener('open', () => {
      socket = candidate;
      resolve(candidate);
    });
    candidate.addEventListener('message', (event) => receive(String(event.data)));
    candidate.addEventListener('close', () => {
      socket = undefined;
      opened = undefined;
      for (const [, call] of pending) call.resolve(unavailable);
      pending.clear();
      reject(new Error('closed'));
      // The host may have been restarted (tests do that on purpose): reconnect so events resume.
      setTimeout(() => void connect().catch(() => undefined), 500);
    });
  });
  return opened;
}

function receive(data: string): void {
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return;
  }
  if (typeof message !== 'object' || message === null) return;
  if ('id' in message && 'result' in message && typeof message.id === 'number') {
    const call = pending.get(message.id);
    pending.delete(message.id);
    call?.resolve(message.result as Result<unknown>);
  } else if ('event' in message && typeof message.event === 'string' && 'payload' in message) {
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
  }
}

async function invoke(op: string, input: unknown): Promise<Result<unknown>> {
  let ready: WebSocket;
  try {
    ready = socket ?? (await connect());
  } catch {
    return unavailable;
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    ready.send(JSON.stringify({ id, op, input }));
  });
}

const operations = Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => invoke(name, input)]));

const bridge = {
  operations,
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!(eventNames as readonly string[]).includes(event)) throw new Error(`Unknown event: ${event}`);
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    void connect().catch(() => undefined);
    return () => set.delete(listener);
  },
} as unknown as OutpostBridge;

Object.defineProperty(window, 'outpost', { value: Object.freeze(bridge), writable: false, configurable: false });
