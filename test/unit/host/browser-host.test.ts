import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { operationNames } from '../../../common/contract';
import { ContractDispatcher, type Handlers } from '../../../main/ipc/dispatcher';
import { FanOutPublisher } from '../../../main/events/publisher';
import { OwnWindowSenderPolicy } from '../../../main/ipc/sender-policy';
import { MemoryLogger } from '../../../main/logging/logger';
import { MAX_FRAME_BYTES, startBrowserHost, type RunningBrowserHost } from '../../../host/browser/server';

/** Whatever arrives on its socket, the browser host answers or closes that one connection, and keeps serving. */
let host: RunningBrowserHost;
let rendererDir: string;

const handlers = {
  ...Object.fromEntries(operationNames.map((name) => [name, () => Promise.reject(new Error('unused'))])),
  'app.status': () => ({ online: true }),
} as unknown as Handlers;

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'outpost-host-'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body>app</body></html>');
  let origin = '';
  host = await startBrowserHost({
    rendererDir,
    port: 0,
    bridgeScript: '',
    dispatcher: new ContractDispatcher(handlers, new OwnWindowSenderPolicy(() => [origin]), new MemoryLogger()),
    publisher: new FanOutPublisher(),
  });
  origin = host.origin;
});
afterAll(async () => {
  await host.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

function connect(): Promise<WebSocket> {
  const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/__outpost/bridge?token=${host.token}`, {
    origin: host.origin,
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket): Promise<unknown> {
  return new Promise((resolve) => socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')))));
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    socket.on('error', () => undefined);
    socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() }));
  });
}

async function stillServes(): Promise<void> {
  const socket = await connect();
  const reply = nextMessage(socket);
  socket.send(JSON.stringify({ id: 1, op: 'app.status', input: {} }));
  expect(await reply).toEqual({ id: 1, result: { ok: true, value: { online: true } } });
  socket.close();
}

function httpGet(headers: Record<string, string>): Promise<number> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('closes a connection that sends an oversized frame, with the reason, and keeps serving', async () => {
    const socket = await connect();
    const end = closed(socket);
    socket.send(Buffer.alloc(MAX_FRAME_BYTES + 1024, 0x61), { binary: false });
    expect((await end).code).toBe(1009);
    await stillServes();
  });

  it('closes a connection that sends text that is not UTF-8, and keeps serving', async () => {
    const socket = await connect();
    const end = closed(socket);
    socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]), { binary: false });
    expect((await end).code).toBe(1007);
    await stillServes();
  });

  it.each([
    ['not JSON', '{"id": 3, "op": '],
    ['JSON of the wrong shape', '{"id": 3, "operation": "app.status"}'],
    ['a bare value', '42'],
    ['null', 'null'],
  ])('answers %s with bad-request', async (_label, text) => {
    const socket = await connect();
    const reply = nextMessage(socket);
    socket.send(text);
    const answer = (await reply) as { result: { ok: boolean; error: { code: string } } };
    expect(answer.result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    socket.close();
  });

  it('keeps the id of a malformed envelope when it has one, and answers binary frames too', async () => {
    const socket = await connect();
    let reply = nextMessage(socket);
    socket.send(JSON.stringify({ id: 9, op: 5 }));
    expect(await reply).toMatchObject({ id: 9, result: { ok: false, error: { code: 'bad-request' } } });
    reply = nextMessage(socket);
    socket.send(Buffer.from('{"id":1,"op":"app.status","input":{}}'), { binary: true });
    expect(await reply).toMatchObject({ id: null, result: { ok: false, error: { code: 'bad-request' } } });
    socket.close();
  });

  it('echoes no more than a short piece of an unknown operation name', async () => {
    const socket = await connect();
    const reply = nextMessage(socket);
    socket.send(JSON.stringify({ id: 4, op: 'y'.repeat(150), input: {} }));
    const answer = JSON.stringify(await reply);
    expect(answer).toContain('"code":"unknown-operation"');
    expect(answer.length).toBeLessThan(400);
    socket.close();
  });

  it('serves only requests addressed to itself (Host header), against DNS rebinding', async () => {
    const port = new URL(host.origin).port;
    expect(await httpGet({ host: `127.0.0.1:${port}` })).toBe(200);
    expect(await httpGet({ host: `evil.example:${port}` })).toBe(421);
    expect(await httpGet({ host: '127.0.0.1:1' })).toBe(421);
    await expect(
      new Promise((resolve, reject) => {
        const socket = new WebSocket(`${host.origin.replace('http', 'ws')}/__outpost/bridge?token=${host.token}`, {
          origin: host.origin,
          headers: { host: `rebound.example:${port}` },
        });
        socket.once('open', () => resolve('open'));
        socket.once('error', reject);
      }),
    ).rejects.toThrow(/403/);
    await stillServes();
  });
});
