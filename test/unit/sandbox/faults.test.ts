import { afterEach, describe, expect, it } from 'vitest';
import { questionProErrorBodyLiteral, questionProErrors } from '../../../common/questionpro/errors';
import { startSandbox, type FaultSettingsPatch, type RunningSandbox } from '../../../sandbox/index';
import type { HttpOutcome } from './support/https-client';
import { expectAboutRate } from './support/rate-bounds';
import { SandboxClient } from './support/sandbox-client';

const started: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

async function sandboxWith(seed: number, faults: FaultSettingsPatch): Promise<SandboxClient> {
  const sandbox = await startSandbox({ seed, ...faults });
  started.push(sandbox);
  return new SandboxClient(sandbox);
}

const responseBody = (reference: string) => ({
  externalReference: reference,
  responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
});

const createResponse = (client: SandboxClient, reference: string, timeoutMs = 2000): Promise<HttpOutcome> =>
  client.questionPro('POST', '/surveys/7654321/responses', { body: responseBody(reference), timeoutMs });

/** A compact label of what the client saw, for comparing runs. */
const describeOutcome = (outcome: HttpOutcome): string =>
  outcome.kind === 'answer' ? String(outcome.answer.status) : outcome.kind;

/** Runs `count` tasks with at most `concurrency` in flight (a hung request holds only its own slot). */
async function inPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

describe('fault modes happen at about their configured rate', () => {
  it('reset, hang, 500, 429 burst and drop-after-store, all at 10 %', async () => {
    const trials = 400;
    const client = await sandboxWith(42, {
      resetRate: 0.1,
      hangRate: 0.1,
      failRate: 0.1,
      burst429Rate: 0.1,
      burst429Length: 1,
      dropAfterStoreRate: 0.1,
    });
    const outcomes = await inPool(trials, 50, (index) => createResponse(client, `r${index}`, 1000));
    const count = (label: string): number => outcomes.filter((outcome) => describeOutcome(outcome) === label).length;
    const stored = client.sandbox.state().questionpro.responses.length;
    const dropped = stored - count('200');
    const resets = count('connection-error') - dropped;

    expectAboutRate(resets, trials, 0.1, 'reset');
    expectAboutRate(count('timeout'), trials, 0.1, 'hang');
    expectAboutRate(count('500'), trials, 0.1, '500');
    expectAboutRate(count('429'), trials, 0.1, '429 burst');
    expectAboutRate(dropped, trials, 0.1, 'drop after store');
    expectAboutRate(count('200'), trials, 0.5, 'clean');

    // The sandbox's own counters agree with what the client saw.
    const serverCount = (outcome: string | number): number =>
      client.sandbox
        .state()
        .requests.filter(
          (entry) => entry.endpoint === 'POST /surveys/{surveyId}/responses' && entry.outcome === outcome,
        )
        .reduce((sum, entry) => sum + entry.count, 0);
    expect(serverCount('reset')).toBe(resets);
    expect(serverCount('dropped')).toBe(dropped);
    expect(serverCount('hang')).toBe(count('timeout'));
    expect(serverCount(500)).toBe(count('500'));
  });

  it('serves about the configured share of error bodies in the seed’s literal form', async () => {
    const client = await sandboxWith(8, { literalErrorBodyRate: 0.3 });
    const trials = 200;
    const outcomes = await inPool(trials, 25, () => client.questionPro('GET', '/surveys/1234'));
    const texts = outcomes.map((outcome) => (outcome.kind === 'answer' ? outcome.answer.text : ''));
    const literal = texts.filter(
      (text) =>
        text ===
        questionProErrorBodyLiteral(
          questionProErrors.notFound,
          `${client.sandbox.info.questionpro.baseUrl}/surveys/1234`,
        ),
    );
    expectAboutRate(literal.length, trials, 0.3, 'literal error body');
    expect(() => JSON.parse(literal[0] ?? '') as unknown).toThrow();
    expect(literal[0]).toContain('"docs": www.questionpro.com/api/error-codes.html\n');
    for (const text of texts.filter((candidate) => !literal.includes(candidate)))
      expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it('starts 429 bursts that last the configured number of requests', async () => {
    const client = await sandboxWith(17, { burst429Rate: 0.15, burst429Length: 3 });
    const statuses: number[] = [];
    for (let index = 0; index < 80; index += 1) {
      const outcome = await client.questionPro('GET', '/surveys/7654321');
      statuses.push(outcome.kind === 'answer' ? outcome.answer.status : 0);
    }
    const runs = statuses
      .join(',')
      .split(/,?200,?/)
      .filter((run) => run !== '')
      .map((run) => run.split(',').length);
    const completeRuns = statuses.at(-1) === 200 ? runs : runs.slice(0, -1);
    expect(completeRuns.length).toBeGreaterThan(0);
    for (const length of completeRuns) expect(length % 3).toBe(0);
  });
});

describe('individual fault modes', () => {
  it('drop-after-store stores the response, then drops the connection: a naive retry duplicates it', async () => {
    const client = await sandboxWith(1, { dropAfterStoreRate: 1 });
    const first = await createResponse(client, 'visit-17');
    expect(first.kind).toBe('connection-error');
    client.sandbox.setFaults({ dropAfterStoreRate: 0 });
    const lookup = await client.questionProAnswer('GET', '/surveys/7654321/responses/filter?extRef=visit-17');
    expect((JSON.parse(lookup.text) as { response: unknown[] }).response).toHaveLength(1);
    const retry = await createResponse(client, 'visit-17');
    expect(retry.kind === 'answer' && retry.answer.status).toBe(200);
    expect(
      client.sandbox.state().questionpro.responses.filter((response) => response.externalReference === 'visit-17'),
    ).toHaveLength(2);
  });

  it('drop-after-store does not affect requests that store nothing', async () => {
    const client = await sandboxWith(1, { dropAfterStoreRate: 1 });
    expect((await client.questionProAnswer('GET', '/surveys/7654321')).status).toBe(200);
  });

  it('reset closes the connection without an answer and stores nothing', async () => {
    const client = await sandboxWith(1, { resetRate: 1 });
    expect((await createResponse(client, 'x')).kind).toBe('connection-error');
    expect(client.sandbox.state().questionpro.responses).toEqual([]);
  });

  it('hang never answers, and close() still ends promptly', async () => {
    const client = await sandboxWith(1, { hangRate: 1 });
    const pending = createResponse(client, 'x', 60_000);
    await expect.poll(() => client.sandbox.state().requests.some((entry) => entry.outcome === 'hang')).toBe(true);
    const closing = Date.now();
    await client.sandbox.close();
    expect(Date.now() - closing).toBeLessThan(2000);
    expect((await pending).kind).toBe('connection-error');
  });

  it('adds at least the configured latency to every answer', async () => {
    const client = await sandboxWith(1, { latencyMs: 80, jitterMs: 40 });
    for (let index = 0; index < 5; index += 1) {
      const startedAt = performance.now();
      expect((await client.questionProAnswer('GET', '/surveys/7654321')).status).toBe(200);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(79);
    }
  });

  it('refuses fault rates that cannot all happen (sum above 1)', async () => {
    const client = await sandboxWith(1, {});
    expect(() => client.sandbox.setFaults({ failRate: 0.6, resetRate: 0.6 })).toThrow(RangeError);
    await expect(startSandbox({ failRate: 2 })).rejects.toThrow();
  });
});

describe('a seed makes a run repeatable', () => {
  const faults: FaultSettingsPatch = {
    resetRate: 0.15,
    failRate: 0.15,
    burst429Rate: 0.1,
    burst429Length: 2,
    dropAfterStoreRate: 0.1,
  };
  const run = async (client: SandboxClient): Promise<string[]> => {
    const outcomes: string[] = [];
    for (let index = 0; index < 40; index += 1)
      outcomes.push(describeOutcome(await createResponse(client, `s${index}`)));
    return outcomes;
  };

  it('gives the same outcomes for the same seed, after a reset, and different ones for another seed', async () => {
    const first = await sandboxWith(1234, faults);
    const same = await sandboxWith(1234, faults);
    const other = await sandboxWith(4321, faults);
    const firstRun = await run(first);
    expect(new Set(firstRun).size).toBeGreaterThan(2);
    expect(await run(same)).toEqual(firstRun);
    await first.sandbox.reset();
    expect(await run(first)).toEqual(firstRun);
    expect(await run(other)).not.toEqual(firstRun);
  });
});
