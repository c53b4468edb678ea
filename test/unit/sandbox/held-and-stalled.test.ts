import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type FaultSettingsPatch, type RunningSandbox } from '../../../sandbox/index';
import { SandboxClient } from './support/sandbox-client';

const started: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

async function sandboxWith(faults: FaultSettingsPatch): Promise<SandboxClient> {
  const sandbox = await startSandbox({ seed: 1, ...faults });
  started.push(sandbox);
  return new SandboxClient(sandbox);
}

const post = (client: SandboxClient, reference: string, timeoutMs: number) =>
  client.questionPro('POST', '/surveys/7654321/responses', {
    body: {
      externalReference: reference,
      responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
    },
    timeoutMs,
  });

const outcomes = (client: SandboxClient) =>
  client.sandbox
    .state()
    .requests.filter((entry) => entry.endpoint === 'POST /surveys/{surveyId}/responses')
    .map((entry) => `${String(entry.outcome)}×${entry.count}`)
    .sort();

describe('held and stalled requests', () => {
  it('a held create is stored after the client gave up, as a relay that delivers late would', async () => {
    const client = await sandboxWith({ holdRate: 1, holdMs: 400 });
    const sentAt = Date.now();
    const outcome = await post(client, 'late', 100);
    expect(outcome.kind).toBe('timeout');
    expect(client.sandbox.state().questionpro.responses).toEqual([]);
    // Received and not answered: in flight, with when it arrived (what a kill test checks before it kills).
    const [inFlight, ...others] = client.sandbox.state().inFlightRequests;
    expect(others).toEqual([]);
    expect(inFlight?.endpoint).toBe('POST /surveys/{surveyId}/responses');
    expect(inFlight?.arrivedAt).toBeGreaterThanOrEqual(sentAt);
    expect(client.sandbox.state().inFlight).toEqual({ 'POST /surveys/{surveyId}/responses': 1 });
    await expect
      .poll(() => client.sandbox.state().questionpro.responses.map((response) => response.externalReference), {
        timeout: 3_000,
      })
      .toEqual(['late']);
    expect(outcomes(client)).toEqual(['200×1', 'held×1']);
    expect(client.sandbox.state().inFlightRequests).toEqual([]);
    expect(client.sandbox.state().inFlight).toEqual({});
  });

  it('a held request still waiting when the sandbox closes is never stored', async () => {
    const client = await sandboxWith({ holdRate: 1, holdMs: 60_000 });
    const pending = post(client, 'never', 30_000);
    await expect.poll(() => outcomes(client)).toEqual(['held×1']);
    await client.sandbox.close();
    expect(client.sandbox.state().questionpro.responses).toEqual([]);
    expect((await pending).kind).toBe('connection-error');
  });

  it('a stalled answer stores the create, sends headers and stops', async () => {
    const client = await sandboxWith({ stallRate: 1 });
    const outcome = await post(client, 'stalled', 300);
    expect(outcome.kind).not.toBe('answer');
    expect(client.sandbox.state().questionpro.responses.map((response) => response.externalReference)).toEqual([
      'stalled',
    ]);
    expect(outcomes(client)).toEqual(['stalled×1']);
  });
});
