import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../main/connectors/transport/connector';
import { SyncWorld } from '../../support/sync-world';

const CREATE = 'POST /surveys/{surveyId}/responses';
let world: SyncWorld | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

/**
 * Real TLS connections whose writes reach the server at once but report "written"
 * only when the server's first byte arrives. A request's own `finish` event then
 * comes after the answer, and never when the server resets the connection: what
 * the issue saw when requests start from a `setImmediate` callback, made certain.
 */
const lateWriteCallbacks: Connector = (options): Duplex => {
  const socket = tls.connect(options);
  const owed: Array<() => void> = [];
  const settle = (): void => {
    for (const callback of owed.splice(0)) callback();
  };
  socket.on('data', settle);
  const later =
    (callback: (error?: Error | null) => void) =>
    (error?: Error | null): void => {
      if (error) callback(error);
      else owed.push(() => callback());
    };
  const write = socket._write.bind(socket);
  socket._write = (chunk: unknown, encoding: BufferEncoding, callback: (error?: Error | null) => void) =>
    write(chunk, encoding, later(callback));
  // http corks the socket and writes headers and body together: that path goes through _writev.
  const writev = socket._writev?.bind(socket);
  if (writev)
    socket._writev = (
      chunks: Array<{ chunk: unknown; encoding: BufferEncoding }>,
      callback: (error?: Error | null) => void,
    ) => writev(chunks, later(callback));
  return socket;
};

describe('a create reset after the server stored it, before the request finished', () => {
  it('is looked up and adopted on the next attempt, never posted again', async () => {
    world = await SyncWorld.start({
      // A share of creates is stored, then the connection is cut before any answer.
      sandbox: { seed: 31, dropAfterStoreRate: 0.3 },
      connector: lateWriteCallbacks,
      backoff: { baseMs: 50, factor: 2, capMs: 400 },
      // A failure reported as "nothing sent" looks like an outage: probe again soon, so such a run ends quickly too.
      unreachableQuietMs: 100,
    });
    const items = world.queueResponses(30);
    await world.deliverAll(16, 30_000);

    const state = world.sandbox.state();
    const dropped = state.requests.find((entry) => entry.endpoint === CREATE && entry.outcome === 'dropped');
    expect(dropped?.count ?? 0).toBeGreaterThan(0);
    // Each item was stored once: no second create, so nothing for a later verification to delete.
    const stored = state.requests
      .filter((entry) => entry.endpoint === CREATE && (entry.outcome === 'dropped' || entry.outcome === 200))
      .reduce((sum, entry) => sum + entry.count, 0);
    expect(stored).toBe(items.length);
    expect(state.questionpro.deleted).toEqual([]);
    const copies = world.storedCopies();
    expect(items.map((item) => copies.get(item.id) ?? 0).filter((count) => count !== 1)).toEqual([]);
    // The dropped ones are the adopted ones.
    const adopted = items.filter((item) =>
      world?.store.items.get(item.id)?.attempts.some((attempt) => attempt.outcome === 'adopted'),
    );
    expect(adopted).toHaveLength(dropped?.count ?? -1);
  }, 60_000);
});
