import { afterEach, describe, expect, it } from 'vitest';
import { QuestionProClient } from '../../../main/connectors/questionpro/questionpro-client';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { countSandboxCopies } from '../../support/sandbox-copies';
import { removeDuplicateResponses } from '../../../main/sync/questionpro-duplicates';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';

let sandbox: RunningSandbox | undefined;
const transport = new HttpsTransport({ appVersion: '0.0.0-test' });
afterEach(async () => {
  transport.close();
  await sandbox?.close();
  sandbox = undefined;
});

const body = (reference: string) => ({
  externalReference: reference,
  responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
});

async function world() {
  sandbox = await startSandbox({ seed: 2 });
  const running = sandbox;
  const client = new QuestionProClient({
    transport,
    apiKey: running.info.questionpro.apiKey,
    account: {
      location: { customBaseUrl: running.info.questionpro.baseUrl },
      userId: String(running.info.questionpro.userId),
      extraCaPem: running.caCertPem,
    },
  });
  const held = (reference: string) =>
    running
      .state()
      .questionpro.responses.filter((response) => response.externalReference === reference)
      .map((response) => response.responseID);
  return { running, client, held };
}

describe('removing duplicates of one item', () => {
  it('keeps the oldest response and deletes the others, once', async () => {
    const { running, client, held } = await world();
    const ids: number[] = [];
    for (let copy = 0; copy < 3; copy += 1) {
      const created = await client.createResponse(7654321, body('item-1'));
      if (!created.ok) throw new Error(created.error.message);
      ids.push(created.value.responseID);
    }
    await client.createResponse(7654321, body('someone-else'));

    const first = await removeDuplicateResponses(client, 7654321, 'item-1');
    expect(first).toMatchObject({
      ok: true,
      value: { kept: { responseID: ids[0] }, removed: ids.slice(1), remaining: 0 },
    });
    expect(held('item-1')).toEqual([ids[0]]);
    expect(held('someone-else')).toHaveLength(1);

    const again = await removeDuplicateResponses(client, 7654321, 'item-1');
    expect(again).toMatchObject({ ok: true, value: { kept: { responseID: ids[0] }, removed: [], remaining: 0 } });
    const deletes = running
      .state()
      .requests.filter((entry) => entry.endpoint === 'DELETE /surveys/{surveyId}/responses/{responseId}')
      .reduce((sum, entry) => sum + entry.count, 0);
    expect(deletes).toBe(2);
    // The sandbox remembers what it deleted: what bench:sync counts as repaired.
    expect(running.state().questionpro.deleted).toEqual(
      ids.slice(1).map((responseID) => ({ surveyID: 7654321, responseID, externalReference: 'item-1' })),
    );
    expect(countSandboxCopies(running.state(), ['item-1', 'someone-else', 'never-sent'])).toEqual({
      delivered: 2,
      duplicatesRemaining: 0,
      duplicatesFoundAndRepaired: 2,
      missing: 1,
    });
  });

  it('counts a deletion of the last copy as a loss, not a repair, and extra copies still held as remaining', async () => {
    const { running, client } = await world();
    const ids: number[] = [];
    for (const reference of ['only', 'twice', 'twice']) {
      const created = await client.createResponse(7654321, body(reference));
      if (!created.ok) throw new Error(created.error.message);
      ids.push(created.value.responseID);
    }
    expect(await client.deleteResponse(7654321, ids[0] ?? 0)).toMatchObject({ ok: true });
    expect(countSandboxCopies(running.state(), ['only', 'twice'])).toEqual({
      delivered: 1,
      duplicatesRemaining: 1,
      duplicatesFoundAndRepaired: 0,
      missing: 1,
    });
  });

  it('finds nothing to do for an item held once, and reports an item the server does not hold', async () => {
    const { client } = await world();
    const created = await client.createResponse(7654321, body('single'));
    if (!created.ok) throw new Error(created.error.message);
    expect(await removeDuplicateResponses(client, 7654321, 'single')).toMatchObject({
      ok: true,
      value: { kept: { responseID: created.value.responseID }, removed: [] },
    });
    expect(await removeDuplicateResponses(client, 7654321, 'never-sent')).toMatchObject({
      ok: true,
      value: { kept: undefined, removed: [] },
    });
  });
});
