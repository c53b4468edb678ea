import { Agent, request } from 'node:https';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { startSandbox } from '../sandbox/index';
import { percentile } from './lib/percentile';

/**
 * Raw create-response throughput of the sandbox (no faults, no latency, no call limit), the
 * baseline later sync benchmarks compare against. Prints one JSON line.
 *   npm run bench:sandbox -- [--requests N] [--concurrency N] [--warmup N]
 * or BENCH_REQUESTS / BENCH_CONCURRENCY / BENCH_WARMUP in the environment.
 */
const settingsSchema = z.object({
  requests: z.coerce.number().int().positive().default(5000),
  concurrency: z.coerce.number().int().positive().default(16),
  warmup: z.coerce.number().int().min(0).default(200),
});

const { values } = parseArgs({
  options: { requests: { type: 'string' }, concurrency: { type: 'string' }, warmup: { type: 'string' } },
  strict: true,
});
const settings = settingsSchema.parse({
  requests: values.requests ?? process.env.BENCH_REQUESTS,
  concurrency: values.concurrency ?? process.env.BENCH_CONCURRENCY,
  warmup: values.warmup ?? process.env.BENCH_WARMUP,
});

// The seed document's own example answers: a realistic five-question response.
const body = JSON.stringify({
  externalReference: 'bench',
  responseSet: [
    { questionID: 12345678, answerValues: [{ answerID: 123456789 }] },
    { questionID: 12345679, answerValues: [{ answerID: 100000001, value: { text: 'FirstName' } }] },
    { questionID: 83734737, answerValues: [{ answerID: 100000002, value: { text: 'LastName' } }] },
    { questionID: 83734738, answerValues: [{ answerID: 100000003, value: { text: '123-456-7890' } }] },
    {
      questionID: 83734739,
      answerValues: [{ answerID: 100000004, value: { text: 'respondentemail@emaildomain.com' } }],
    },
  ],
});

const sandbox = await startSandbox({ seed: 1, rateLimit: { calls: Number.MAX_SAFE_INTEGER, seconds: 1 } });
const agent = new Agent({ keepAlive: true, maxSockets: settings.concurrency, ca: sandbox.caCertPem });
const url = new URL(`${sandbox.info.questionpro.baseUrl}/surveys/7654321/responses`);

function createOnce(): Promise<number> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'api-key': sandbox.info.questionpro.apiKey,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode === 200) resolve(performance.now() - startedAt);
          else reject(new Error(`unexpected HTTP ${response.statusCode}`));
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function run(count: number): Promise<number[]> {
  const latencies: number[] = [];
  let issued = 0;
  const worker = async (): Promise<void> => {
    while (issued < count) {
      issued += 1;
      latencies.push(await createOnce());
    }
  };
  await Promise.all(Array.from({ length: settings.concurrency }, worker));
  return latencies;
}

try {
  await run(settings.warmup);
  await sandbox.reset();
  const startedAt = performance.now();
  const latencies = await run(settings.requests);
  const seconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (value: number, digits: number): number => Number(value.toFixed(digits));
  process.stdout.write(
    `${JSON.stringify({
      benchmark: 'sandbox.create-response',
      requests: settings.requests,
      concurrency: settings.concurrency,
      seconds: round(seconds, 3),
      requestsPerSecond: round(settings.requests / seconds, 1),
      p50LatencyMs: round(percentile(latencies, 0.5), 2),
      p95LatencyMs: round(percentile(latencies, 0.95), 2),
      stored: sandbox.state().questionpro.responses.length,
      node: process.version,
    })}\n`,
  );
} finally {
  agent.destroy();
  await sandbox.close();
}
