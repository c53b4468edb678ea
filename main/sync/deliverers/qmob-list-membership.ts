import { accountMissingError, type QmobCode } from '../../../common/errors';
import type { OutboxItem } from '../../../common/outbox/outbox-item';
import type { Attempt, Deliverer, ItemOf } from '../deliverer';
import type { DeliveryClients, QmobDelivery } from '../delivery-clients';

/** How many times a copy or removal is retried while its respondents may still be importing. */
const IMPORT_PATIENCE_ATTEMPTS = 3;
const RESPONDENTS_NOT_FOUND: QmobCode = 'qmob.respondents-not-found';

type MembershipKind = 'qmob.copy-respondents' | 'qmob.remove-respondents';

const operations: Record<MembershipKind, (client: QmobDelivery) => QmobDelivery['copyRespondentsToList']> = {
  'qmob.copy-respondents': (client) => client.copyRespondentsToList.bind(client),
  'qmob.remove-respondents': (client) => client.removeRespondentsFromList.bind(client),
};

/**
 * QMob copy_respondents_to_list and remove_respondents_from_list. Both converge
 * on the same memberships when repeated. QMob imports added respondents
 * asynchronously, so a copy or removal queued right after their add can find them
 * "not existing" yet: a few patient retries tell that apart from respondents that
 * really are unknown.
 */
export class QmobListMembership<K extends MembershipKind> implements Deliverer<K> {
  constructor(
    private readonly kind: K,
    private readonly clients: DeliveryClients,
  ) {}

  async attempt(item: ItemOf<K>): Promise<Attempt> {
    const payload: ItemOf<MembershipKind>['payload'] = item.payload;
    const client = await this.clients.qmob(item.accountId);
    if (!client.ok)
      return {
        result: 'failed',
        error: accountMissingError(item.service, client.error),
        outcomeUnknown: false,
      };
    const done = await operations[this.kind](client.value)({ groupId: payload.listId, usernames: payload.usernames });
    if (done.ok) return { result: 'delivered', serverId: payload.listId, serverMessage: done.value.message };
    return {
      result: 'failed',
      error: done.error,
      outcomeUnknown: false,
      retryAnyway: done.error.code === RESPONDENTS_NOT_FOUND && earlierNotFound(item) < IMPORT_PATIENCE_ATTEMPTS,
    };
  }
}

function earlierNotFound(item: OutboxItem): number {
  return item.attempts.filter((attempt) => attempt.error?.code === RESPONDENTS_NOT_FOUND).length;
}
