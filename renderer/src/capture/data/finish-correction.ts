import { searchWordsOf, type DraftRow, type LocalSurvey, type ResponseRow } from '../../../../common/capture';
import { queue } from '../../../../common/outbox/transitions';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import { failSaying, ok, type Result } from '../../../../common/result';
import { said } from '../../../../common/i18n/phrase';
import type { OutpostDatabase } from '../../db/database';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';
import { correctabilityOf, correctedBody, correctionWords, currentItemOf, uncorrectableReason } from './corrections';
import { responseBodyOf, searchTextOf, type BodyInput } from './response-content';

export interface FinishedCorrection {
  responseId: string;
  outboxId: string;
  /** replaced: the queued item was replaced; followed-up: a new response linked to a delivered one. */
  correction: 'replaced' | 'followed-up';
  /** The item deleting the old response on QuestionPro, when the user asked for it. */
  deleteItemId?: string;
}

/** Code of the failure that means: it reached QuestionPro meanwhile, finish again as a new response. */
export const DELIVERED_MEANWHILE = 'correction-delivered-meanwhile';

/**
 * The last step of a correction, inside finalize's transaction (the caller's): the answers were
 * checked already. What the response was when the correction started is checked again, since
 * it may have been delivered while the form was open.
 */
export async function finishCorrection(
  db: OutpostDatabase,
  draft: DraftRow & { corrects: NonNullable<DraftRow['corrects']> },
  survey: LocalSurvey,
  input: BodyInput,
): Promise<Result<FinishedCorrection>> {
  const original = await db.responses.get(draft.corrects.responseId);
  if (!original) return failSaying('correction-response-missing', said(correctionWords.correctedGone));
  const can = correctabilityOf(original, await currentItemOf(db, original));
  const searchText = searchTextOf(survey, { id: original.id, answers: draft.answers });

  if (draft.corrects.mode === 'replace') {
    if (can.mode === 'follow-up') return failSaying(DELIVERED_MEANWHILE, said(correctionWords.deliveredMeanwhile));
    if (can.mode !== 'replace') return failSaying(`correction-${can.reason}`, uncorrectableReason(can.reason));
    const itemId = crypto.randomUUID();
    const body = correctedBody(responseBodyOf(survey, draft, input, itemId), original.body);
    const replaced = await outboxStoreFor(db).replace(
      can.item.id,
      { kind: 'questionpro.create-response', surveyId: original.surveyId, responseId: original.id, body },
      input.now,
      itemId,
    );
    if (!replaced.ok) return replaced;
    const corrected: ResponseRow = {
      ...original,
      answers: draft.answers,
      body,
      outboxId: itemId,
      revisedAt: input.now,
      searchText,
      searchWords: searchWordsOf(searchText),
    };
    await db.responses.put(corrected);
    await db.drafts.delete(draft.id);
    return ok({ responseId: original.id, outboxId: itemId, correction: 'replaced' });
  }

  if (can.mode !== 'follow-up')
    return failSaying(
      `correction-${can.mode === 'none' ? can.reason : 'not-delivered'}`,
      can.mode === 'none' ? uncorrectableReason(can.reason) : said(correctionWords.notDelivered),
    );
  // The new response takes the draft's id, as every response does; its item carries it to QuestionPro.
  const outboxId = draft.id;
  const body = correctedBody(responseBodyOf(survey, draft, input, outboxId), original.body);
  const items: OutboxItem[] = [
    queue(
      {
        accountId: original.accountId,
        payload: { kind: 'questionpro.create-response', surveyId: original.surveyId, responseId: draft.id, body },
        label: original.surveyName,
      },
      input.now,
      outboxId,
    ),
  ];
  const deleteItemId = draft.corrects.deleteOld ? crypto.randomUUID() : undefined;
  if (deleteItemId)
    items.push(
      queue(
        {
          accountId: original.accountId,
          payload: {
            kind: 'questionpro.delete-response',
            surveyId: original.surveyId,
            responseId: original.id,
            serverResponseId: can.serverResponseId,
            correctionItemId: outboxId,
          },
          label: original.surveyName,
        },
        input.now,
        deleteItemId,
      ),
    );
  const newSearchText = searchTextOf(survey, draft);
  await db.responses.add({
    id: draft.id,
    surveyKey: original.surveyKey,
    surveyId: original.surveyId,
    accountId: original.accountId,
    surveyName: original.surveyName,
    state: 'finalized',
    finalizedAt: input.now,
    outboxId,
    answers: draft.answers,
    body,
    searchText: newSearchText,
    searchWords: searchWordsOf(newSearchText),
    corrects: original.id,
    ...(original.position ? { position: original.position } : {}),
  });
  await db.responses.put({
    ...original,
    correctedBy: draft.id,
    ...(deleteItemId ? { deleteOutboxId: deleteItemId } : {}),
  });
  await outboxStoreFor(db).add(items);
  await db.drafts.delete(draft.id);
  return ok({ responseId: draft.id, outboxId, correction: 'followed-up', ...(deleteItemId ? { deleteItemId } : {}) });
}
