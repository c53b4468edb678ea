/**
 * `npm run bench:sync`: the whole delivery path (feeder → engine → clients →
 * HTTPS) against the sandbox, one JSON line per scenario. Figures are compared
 * with an ideal computed from the scenario and with a baseline measured in the
 * same run (the raw client posting the same number of responses, no engine).
 *
 * For faults the project did not write: `--sandbox-port N` makes the sandbox
 * listen on N, and `--via HOST:PORT` sends every connection to that address
 * instead (a proxy or fault tool in front of the sandbox), TLS still verified
 * against the sandbox's CA. Delivered, duplicates and lost are counted from the
 * sandbox's own state, never from what the app believes.
 */
import { parseArgs } from 'node:util';
import { parseTcpAddress, viaConnector } from '../main/connectors/transport/connector';
import { countSandboxCopies } from '../test/support/sandbox-copies';
import { SyncWorld, type SyncWorldOptions } from '../test/support/sync-world';
import { outbox100k } from './lib/outbox-100k';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', multiple: true },
    concurrency: { type: 'string', default: '8' },
    items: { type: 'string' },
    'sandbox-port': { type: 'string' },
    via: { type: 'string' },
  },
});
const concurrency = Number(values.concurrency);
const sandboxPort = values['sandbox-port'] === undefined ? undefined : Number(values['sandbox-port']);
if (sandboxPort !== undefined && !(Number.isInteger(sandboxPort) && sandboxPort > 0 && sandboxPort < 65536)) {
  process.stderr.write(`--sandbox-port expects a port number, got "${values['sandbox-port']}"\n`);
  process.exit(2);
}
const via = values.via === undefined ? undefined : parseTcpAddress(values.via);

interface ScenarioResult {
  scenario: string;
  items: number;
  concurrency: number;
  latencyMs: number;
  seconds: number;
  idealSeconds: number;
  ratio: number;
  baselineSeconds: number | null;
  delivered: number;
  duplicates: number;
  /** Extra copies the app found on the server after delivery and deleted (from the sandbox's deletions). */
  duplicatesFoundAndRepaired: number;
  /** Extra copies the sandbox still holds at the end (target 0). */
  duplicatesRemaining: number;
  lost: number;
  needsAttention: number;
  http429: number;
  target: string;
  met: boolean;
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

async function measure(
  scenario: string,
  items: number,
  latencyMs: number,
  options: SyncWorldOptions,
  ideal: (seconds: number) => number,
  withBaseline: boolean,
): Promise<Omit<ScenarioResult, 'target' | 'met'>> {
  const world = await SyncWorld.start({
    ...options,
    concurrency,
    sandbox: { ...options.sandbox, ...(sandboxPort !== undefined ? { port: sandboxPort } : {}) },
    ...(via ? { connector: viaConnector(via) } : {}),
  });
  try {
    let baselineSeconds: number | null = null;
    if (withBaseline) baselineSeconds = await rawClientSeconds(world, items);
    await world.sandbox.reset();

    const queued = world.queueResponses(items);
    const started = performance.now();
    await world.deliverAll(concurrency * 2, 30 * 60_000);
    const seconds = (performance.now() - started) / 1000;

    const copies = world.storedCopies();
    const counted = countSandboxCopies(
      world.sandbox.state(),
      queued.map((item) => item.id),
    );
    let lost = 0;
    for (const item of queued) {
      const state = world.store.items.get(item.id)?.state;
      const stillInOutbox = state !== undefined && state !== 'delivered';
      if ((copies.get(item.id) ?? 0) === 0 && !stillInOutbox) lost += 1;
    }
    const http429 = world.sandbox
      .state()
      .requests.filter((entry) => entry.outcome === 429)
      .reduce((sum, entry) => sum + entry.count, 0);
    const needsAttention = queued.filter((item) => world.store.items.get(item.id)?.state === 'needs-attention').length;
    const idealSeconds = ideal(seconds);
    return {
      scenario,
      items,
      concurrency,
      latencyMs,
      seconds: round(seconds),
      idealSeconds: round(idealSeconds),
      ratio: round(seconds / idealSeconds),
      baselineSeconds: baselineSeconds === null ? null : round(baselineSeconds),
      delivered: counted.delivered,
      duplicates: counted.duplicatesRemaining,
      duplicatesFoundAndRepaired: counted.duplicatesFoundAndRepaired,
      duplicatesRemaining: counted.duplicatesRemaining,
      lost,
      needsAttention,
      http429,
    };
  } finally {
    await world.close();
  }
}

/** The same number of creates straight through the client at the same concurrency: what the engine adds on top. */
async function rawClientSeconds(world: SyncWorld, items: number): Promise<number> {
  const client = await world.accounts.questionProClient(world.questionProAccountId);
  if (!client.ok) throw new Error(client.error.message);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items) {
        next += 1;
        await client.value.createResponse(7654321, {
          responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
        });
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

const unlimitedServer = { calls: 1_000_000, seconds: 60 };
const unlimitedClient = { calls: 1_000_000, windowMs: 60_000 };

const scenarios: Record<string, () => Promise<ScenarioResult | Record<string, unknown>>> = {
  latency: async () => {
    const items = Number(values.items ?? 2000);
    const latencyMs = 50;
    const result = await measure(
      'latency',
      items,
      latencyMs,
      { sandbox: { latencyMs, rateLimit: unlimitedServer }, rateLimit: unlimitedClient },
      () => (items * latencyMs) / 1000 / concurrency,
      true,
    );
    return {
      ...result,
      target: 'ratio <= 1.15',
      met: result.ratio <= 1.15 && result.delivered === items && result.duplicates === 0,
    };
  },
  ratelimit: async () => {
    const items = Number(values.items ?? 300);
    const limit = { calls: 60, seconds: 6 };
    const result = await measure(
      'ratelimit',
      items,
      0,
      { sandbox: { rateLimit: limit }, rateLimit: { calls: limit.calls, windowMs: limit.seconds * 1000 } },
      () => items / (limit.calls / limit.seconds),
      false,
    );
    return {
      ...result,
      target: 'ratio <= 1.05 and http429 = 0',
      met: result.ratio <= 1.05 && result.http429 === 0 && result.delivered === items,
    };
  },
  chaos: async () => {
    const items = Number(values.items ?? 2000);
    const share = 0.2 / 5;
    const result = await measure(
      'chaos',
      items,
      0,
      {
        sandbox: {
          seed: 20261125,
          failRate: share,
          resetRate: share,
          hangRate: share,
          dropAfterStoreRate: share,
          burst429Rate: share / 5,
          burst429Length: 5,
          literalErrorBodyRate: 0.5,
          rateLimit: unlimitedServer,
        },
        rateLimit: unlimitedClient,
        totalTimeoutMs: 2_000,
        backoff: { baseMs: 200, factor: 2, capMs: 5_000 },
      },
      (seconds) => seconds,
      false,
    );
    return {
      ...result,
      target: 'delivered = items, duplicates = 0, lost = 0',
      met: result.delivered === items && result.duplicates === 0 && result.lost === 0,
    };
  },
  /**
   * The chaos mix plus faults from outside the service: 5 % of requests are held
   * (as a relay or server queue would) past the client's timeout and the retry's
   * look-up, then stored; 3 % of answers stall after their headers. Some held
   * creates land after the retry posted again: only the later verification can
   * find those copies and delete them, keeping the oldest.
   */
  held: async () => {
    const items = Number(values.items ?? 500);
    const result = await measure(
      'held',
      items,
      0,
      {
        sandbox: {
          seed: 20261201,
          failRate: 0.03,
          resetRate: 0.03,
          hangRate: 0.03,
          dropAfterStoreRate: 0.03,
          holdRate: 0.05,
          holdMs: 3_000,
          stallRate: 0.03,
          rateLimit: unlimitedServer,
        },
        rateLimit: unlimitedClient,
        totalTimeoutMs: 1_000,
        stallTimeoutMs: 500,
        backoff: { baseMs: 200, factor: 2, capMs: 2_000 },
        // Longer than any hold, so the first verification already sees every late copy.
        verifyQuietMs: 5_000,
        verifyAgainMs: 2_000,
      },
      (seconds) => seconds,
      false,
    );
    return {
      ...result,
      target: 'delivered = items, duplicatesRemaining = 0, lost = 0',
      met: result.delivered === items && result.duplicatesRemaining === 0 && result.lost === 0,
    };
  },
  /** The outbox alone at scale: due() and a drain of 5,000 out of 100,000 stored, Dexie against memory. */
  outbox100k,
};

const chosen = values.scenario && values.scenario.length > 0 ? values.scenario : Object.keys(scenarios);
for (const name of chosen) {
  const run = scenarios[name];
  if (!run) {
    process.stderr.write(`Unknown scenario "${name}"; choose from ${Object.keys(scenarios).join(', ')}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}
