import { accountMissingError } from '../../../common/errors';
import type { Attempt, Deliverer, ItemOf } from '../deliverer';
import type { DeliveryClients } from '../delivery-clients';

/**
 * QMob add_respondent. Repeatable: with overwrite a second add leaves QMob as the
 * first did. QMob imports asynchronously and reports the end to a callback URL.
 */
export class QmobAddRespondents implements Deliverer<'qmob.add-respondents'> {
  constructor(private readonly clients: DeliveryClients) {}

  async attempt(item: ItemOf<'qmob.add-respondents'>): Promise<Attempt> {
    const { payload } = item;
    const client = await this.clients.qmob(item.accountId);
    if (!client.ok)
      return {
        result: 'failed',
        error: accountMissingError(item.service, client.error),
        outcomeUnknown: false,
      };
    const started = await client.value.addRespondents({
      groupId: payload.listId,
      respondents: payload.respondents,
      overwrite: payload.overwrite,
      noPassword: payload.noPassword,
    });
    if (started.ok)
      return {
        result: 'import-started',
        serverId: started.value.importId ?? null,
        serverMessage: started.value.message,
      };
    return { result: 'failed', error: started.error, outcomeUnknown: false };
  }
}
