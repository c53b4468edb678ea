import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../../main/accounts/client-factory';
import { FileCallHistory } from '../../../main/connectors/limits/file-call-history';
import { RateLimiterRegistry, SlidingWindowRateLimiter } from '../../../main/connectors/limits/rate-limiter';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';

let sandbox: RunningSandbox | undefined;
const transport = new HttpsTransport({ appVersion: '0.0.0-test' });

afterEach(async () => {
  vi.restoreAllMocks();
  transport.close();
  await sandbox?.close();
  sandbox = undefined;
});

const http429 = (running: RunningSandbox): number =>
  running
    .state()
    .requests.filter((entry) => entry.outcome === 429)
    .reduce((sum, entry) => sum + entry.count, 0);

const arrivals = (running: RunningSandbox): number =>
  running.state().requests.reduce((sum, entry) => sum + entry.count, 0);

function questionProAccount(running: RunningSandbox, id: string) {
  return {
    kind: 'questionpro' as const,
    id,
    label: id,
    location: { customBaseUrl: running.info.questionpro.baseUrl },
    userId: String(running.info.questionpro.userId),
    practice: false,
    extraCaPem: running.caCertPem,
    keyStored: true,
  };
}

describe('rate limits against faults Outpost did not write', () => {
  it('a wall clock jumped back a day delays no call', async () => {
    const limiter = new SlidingWindowRateLimiter({ callsPerWindow: 1, windowMs: 200 });
    await limiter.schedule(async () => undefined);
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() - 24 * 60 * 60 * 1000);
    const second = limiter.schedule(async () => 'started');
    const verdict = await Promise.race([
      second,
      new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 3_000)),
    ]);
    expect(verdict).toBe('started');
  });

  it('two accounts with one key share one budget: the server never counts more than its limit', async () => {
    sandbox = await startSandbox({ seed: 4, rateLimit: { calls: 10, seconds: 2 } });
    const running = sandbox;
    const factory = new ClientFactory(
      transport,
      new RateLimiterRegistry(() => new SlidingWindowRateLimiter({ callsPerWindow: 10, windowMs: 2_000 })),
    );
    const key = running.info.questionpro.apiKey;
    const clients = [
      factory.questionPro(questionProAccount(running, 'first'), key),
      factory.questionPro(questionProAccount(running, 'second'), key),
    ];
    await Promise.all(clients.flatMap((client) => Array.from({ length: 12 }, () => client.getSurvey(7654321))));
    expect(arrivals(running)).toBe(24);
    expect(http429(running)).toBe(0);
  });

  it('a restart half a second after a burst draws no 429, and the key never reaches the disk', async () => {
    sandbox = await startSandbox({ seed: 4, rateLimit: { calls: 10, seconds: 3 } });
    const running = sandbox;
    const folder = mkdtempSync(join(tmpdir(), 'outpost-limits-'));
    const file = join(folder, 'rate-limits', 'key.json');
    const clientWith = (limiter: SlidingWindowRateLimiter) =>
      new QuestionProClient({
        transport,
        apiKey: running.info.questionpro.apiKey,
        limiter,
        account: {
          location: { customBaseUrl: running.info.questionpro.baseUrl },
          userId: String(running.info.questionpro.userId),
          extraCaPem: running.caCertPem,
        },
      });
    const limit = { callsPerWindow: 10, windowMs: 3_000 };
    const before = clientWith(new SlidingWindowRateLimiter(limit, undefined, new FileCallHistory(file)));
    await Promise.all(Array.from({ length: 10 }, () => before.getSurvey(7654321)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The app was killed: nothing flushed. The restarted app reads the same file.
    const after = clientWith(new SlidingWindowRateLimiter(limit, undefined, new FileCallHistory(file)));
    await Promise.all(Array.from({ length: 3 }, () => after.getSurvey(7654321)));
    expect(arrivals(running)).toBe(13);
    expect(http429(running)).toBe(0);
    for (const name of readdirSync(join(folder, 'rate-limits'))) {
      expect(readFileSync(join(folder, 'rate-limits', name), 'utf8')).not.toContain(running.info.questionpro.apiKey);
    }
  });
});
