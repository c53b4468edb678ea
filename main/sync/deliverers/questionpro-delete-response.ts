import { accountMissingError, type ErrorKind, type ServiceError } from '../../../common/errors';
import type { Attempt, Deliverer, ItemOf } from '../deliverer';
import type { DeliveryClients } from '../delivery-clients';

const possiblyDone = new Set<ErrorKind>(['ambiguous-outcome', 'server']);

/** The correction is not on QuestionPro yet: the old response waits (the correction is sent first). */
function correctionNotThereYet(): ServiceError {
  return {
    code: 'outpost.correction-pending',
    message:
      'The old response is deleted only once its correction is on QuestionPro; the correction has not arrived yet.',
    service: 'questionpro',
    kind: 'server',
    retryable: true,
    action: 'Nothing to do: Outpost deletes the old response after the correction is delivered.',
    known: true,
  };
}

/**
 * Deleting a response a correction replaces (DELETE /surveys/{id}/responses/{responseId}), exactly
 * once. Deleting a known id again cannot delete anything else, so after an attempt whose outcome
 * is unknown the delete is simply repeated, and "not found" then means the earlier one did it.
 * A first attempt answered "not found" is reported (wrong survey or account, or removed by
 * someone else): Outpost never assumes a delete it did not see. The correction must be on
 * QuestionPro first, so the respondent's answers are never missing from the survey.
 */
export class QuestionProDeleteResponse implements Deliverer<'questionpro.delete-response'> {
  constructor(private readonly clients: DeliveryClients) {}

  async attempt(item: ItemOf<'questionpro.delete-response'>, mayExist: boolean): Promise<Attempt> {
    const { payload } = item;
    const client = await this.clients.questionPro(item.accountId);
    if (!client.ok)
      return {
        result: 'failed',
        error: accountMissingError(item.service, client.error),
        outcomeUnknown: false,
      };
    const correction = await client.value.findResponsesByExternalReference(payload.surveyId, payload.correctionItemId);
    // Nothing was deleted by a look-up; an earlier unknown delete stays in the history (mayExist next time too).
    if (!correction.ok) return { result: 'failed', error: correction.error, outcomeUnknown: false };
    if (correction.value.length === 0)
      return { result: 'failed', error: correctionNotThereYet(), outcomeUnknown: false };
    const deleted = await client.value.deleteResponse(payload.surveyId, payload.serverResponseId);
    const serverId = String(payload.serverResponseId);
    if (deleted.ok) return { result: 'delivered', serverId };
    if (mayExist && deleted.error.httpStatus === 404) return { result: 'adopted', serverId };
    // A delete that timed out or met a 5xx may still have been done: the next one repeats it and reads "not found" as done.
    return { result: 'failed', error: deleted.error, outcomeUnknown: possiblyDone.has(deleted.error.kind) };
  }
}
