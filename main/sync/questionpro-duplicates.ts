import type { ServiceError } from '../../common/errors';
import { failWith, ok, type Result } from '../../common/result';
import type { SurveyResponseRecord } from '../connectors/questionpro/schemas';
import type { QuestionProDelivery } from './delivery-clients';

export interface DuplicateCheck {
  /** The response that stays: the oldest of those carrying the item's id. Undefined when the server holds none. */
  readonly kept: SurveyResponseRecord | undefined;
  /** Extras removed by this check (or found already gone when asked to remove them), oldest first. */
  readonly removed: readonly number[];
  /** Extras a failed delete left in place: the check must run again. */
  readonly remaining: number;
}

/**
 * Looks up every response carrying `externalReference` and deletes all but the
 * oldest. No client can rule out a duplicate beforehand when a relay holds a
 * request past every timeout and delivers it later, so Outpost finds and
 * removes it afterwards.
 *
 * Exactly once: only responses seen in this look-up are deleted, never the
 * oldest one, and a delete answered "not found" means an earlier delete of ours
 * (whose answer was lost) already did it. Oldest is the lowest responseID:
 * QuestionPro hands out ids in creation order (documentation is silent; the
 * reading that never removes the first-stored copy).
 */
export async function removeDuplicateResponses(
  client: Pick<QuestionProDelivery, 'findResponsesByExternalReference' | 'deleteResponse'>,
  surveyId: number,
  externalReference: string,
): Promise<Result<DuplicateCheck, ServiceError>> {
  const found = await client.findResponsesByExternalReference(surveyId, externalReference);
  if (!found.ok) return found;
  const [kept, ...extras] = [...found.value].sort((a, b) => a.responseID - b.responseID);
  const removed: number[] = [];
  for (const extra of extras) {
    const deleted = await client.deleteResponse(surveyId, extra.responseID);
    if (!deleted.ok && deleted.error.httpStatus !== 404) {
      // What was removed so far stays removed; the next check finds only what is left.
      if (removed.length === 0) return failWith(deleted.error);
      return ok({ kept, removed, remaining: extras.length - removed.length });
    }
    removed.push(extra.responseID);
  }
  return ok({ kept, removed, remaining: 0 });
}
