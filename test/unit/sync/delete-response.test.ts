import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import type { DeliveryClients } from '../../../main/sync/delivery-clients';
import type { ItemOf } from '../../../main/sync/deliverer';
import { QuestionProDeleteResponse } from '../../../main/sync/deliverers/questionpro-delete-response';
import { SyncWorld, responseItem } from '../../support/sync-world';

let world: SyncWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const SURVEY = 7654321;

describe('deleting a corrected response on QuestionPro', () => {
  it('waits for the correction, deletes once, and reads "not found" as done only after an unknown outcome', async () => {
    const current = await SyncWorld.start();
    world = current;
    const client = await current.accounts.questionProClient(current.questionProAccountId);
    if (!client.ok) throw new Error(client.error.message);
    const clients = {
      questionPro: (accountId: string) => current.accounts.questionProClient(accountId),
    } as unknown as DeliveryClients;
    const deliverer = new QuestionProDeleteResponse(clients);
    const create = async (externalReference: string): Promise<number> => {
      const created = await client.value.createResponse(SURVEY, {
        responseStatus: 'Completed',
        externalReference,
        responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
      });
      if (!created.ok) throw new Error(created.error.message);
      return created.value.responseID;
    };
    const old = await create('old-item');
    const base: OutboxItem = responseItem(current.questionProAccountId, 1_000);
    const item = {
      ...base,
      payload: {
        kind: 'questionpro.delete-response',
        surveyId: SURVEY,
        responseId: 'local-old',
        serverResponseId: old,
        correctionItemId: 'correction-item',
      },
    } as ItemOf<'questionpro.delete-response'>;
    const held = () => current.sandbox.state().questionpro.responses.map((response) => response.responseID);

    // The correction is not there yet: nothing is deleted, and the item waits for it.
    expect(await deliverer.attempt(item, false)).toMatchObject({
      result: 'failed',
      outcomeUnknown: false,
      error: { code: 'outpost.correction-pending', retryable: true },
    });
    expect(held()).toContain(old);

    const correction = await create('correction-item');
    expect(await deliverer.attempt(item, false)).toEqual({ result: 'delivered', serverId: String(old) });
    expect(held()).toEqual([correction]);

    // A repeat after an attempt whose answer was lost: "not found" means the earlier delete did it.
    expect(await deliverer.attempt(item, true)).toEqual({ result: 'adopted', serverId: String(old) });
    // Without an unknown outcome before, "not found" is reported, never assumed done.
    expect(await deliverer.attempt(item, false)).toMatchObject({
      result: 'failed',
      outcomeUnknown: false,
      error: { httpStatus: 404 },
    });
    expect(held()).toEqual([correction]);
  });
});
