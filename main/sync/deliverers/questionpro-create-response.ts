import { accountMissingError, type ErrorKind } from '../../../common/errors';
import type { Logger } from '../../logging/logger';
import type { Attempt, Check, Deliverer, ItemOf } from '../deliverer';
import type { DeliveryClients } from '../delivery-clients';
import { removeDuplicateResponses } from '../questionpro-duplicates';

/**
 * Errors after which a create may have been acted on by the server. (A create's
 * timeout after sending is reported as ambiguous-outcome; a plain timeout means
 * the connection never opened.) A 5xx may come after the server stored it.
 */
const possiblyActedOn = new Set<ErrorKind>(['ambiguous-outcome', 'server']);

/**
 * QuestionPro Create Response, exactly once: the item's UUID travels as the
 * response's externalReference, and after an attempt whose outcome is unknown
 * the response is first looked up by it, and adopted when found. What no look-up
 * can prevent (a create held somewhere past every timeout, stored after the
 * retry) is found by `verify` later and removed, keeping the oldest response.
 */
export class QuestionProCreateResponse implements Deliverer<'questionpro.create-response'> {
  constructor(
    private readonly clients: DeliveryClients,
    private readonly logger: Logger,
  ) {}

  async attempt(item: ItemOf<'questionpro.create-response'>, mayExist: boolean): Promise<Attempt> {
    const { payload } = item;
    const client = await this.clients.questionPro(item.accountId);
    if (!client.ok)
      return {
        result: 'failed',
        error: accountMissingError(item.service, client.error),
        outcomeUnknown: false,
      };
    if (mayExist) {
      const found = await client.value.findResponsesByExternalReference(payload.surveyId, item.id);
      if (!found.ok) return { result: 'failed', error: found.error, outcomeUnknown: true };
      // The oldest is the one that stays when a later check removes copies.
      const earlier = [...found.value].sort((a, b) => a.responseID - b.responseID)[0];
      if (earlier) {
        if (found.value.length > 1)
          this.logger.warn('More than one response carries this item id', {
            itemId: item.id,
            count: found.value.length,
          });
        return { result: 'adopted', serverId: String(earlier.responseID) };
      }
    }
    // The item's UUID travels as externalReference whatever the payload says: it is how a lost answer is found again.
    const created = await client.value.createResponse(payload.surveyId, {
      ...payload.body,
      externalReference: item.id,
    });
    if (created.ok) return { result: 'delivered', serverId: String(created.value.responseID) };
    return { result: 'failed', error: created.error, outcomeUnknown: possiblyActedOn.has(created.error.kind) };
  }

  async verify(item: ItemOf<'questionpro.create-response'>): Promise<Check> {
    const client = await this.clients.questionPro(item.accountId);
    if (!client.ok) return { result: 'failed', error: accountMissingError(item.service, client.error) };
    const checked = await removeDuplicateResponses(client.value, item.payload.surveyId, item.id);
    if (!checked.ok) return { result: 'failed', error: checked.error };
    const { kept, removed, remaining } = checked.value;
    if (removed.length > 0)
      this.logger.warn('Removed late copies of a delivered response', { itemId: item.id, removed: removed.length });
    return {
      result: 'checked',
      serverId: kept ? String(kept.responseID) : (item.serverId ?? ''),
      removed: removed.map(String),
      remaining,
    };
  }
}
