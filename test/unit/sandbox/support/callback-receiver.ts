import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { qmobCallbackBodySchema, type QmobCallbackBody } from '../../../../common/qmob/schemas';

/** A local endpoint that records QMob import callbacks (the seed allows HTTP or HTTPS). */
export class CallbackReceiver {
  private readonly received: QmobCallbackBody[] = [];
  private waiters: Array<() => void> = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.received.push(qmobCallbackBodySchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        response.end();
        for (const wake of this.waiters) wake();
        this.waiters = [];
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/qmob-callback`;
  }

  /** Resolves with the next callback not yet taken. */
  async next(timeoutMs = 5000): Promise<QmobCallbackBody> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length === 0) {
      if (Date.now() > deadline) throw new Error('no QMob callback arrived');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    const first = this.received.shift();
    if (!first) throw new Error('unreachable');
    return first;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
