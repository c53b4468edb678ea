import { draftSearchTextOf, progressOnRoute, type DraftRow, type ResponseRow } from '../../../../common/capture';
import type { CreateResponseRequest } from '../../../../common/questionpro/create-response';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import { canReplace } from '../../../../common/outbox/states';
import { mayAlreadyExist } from '../../../../common/sync/delivery';
import { failSaying, ok, type Result } from '../../../../common/result';
import { defineMessages, said, type Said } from '../../../../common/i18n/phrase';
import type { OutpostDatabase } from '../../db/database';

/**
 * Correcting a finished response. One not delivered yet is reopened in the form and, when saved,
 * replaces its item in the outbox (the response keeps its id and points at the new item, the
 * items point at each other). One QuestionPro already holds cannot be changed there: the
 * correction is a new response linked to the old, and the old one is deleted on QuestionPro
 * only if the user asks, as an outbox item of its own.
 */
export type CorrectionMode = 'replace' | 'follow-up';

export type Correctability =
  | { mode: 'replace'; item: OutboxItem }
  | { mode: 'follow-up'; item: OutboxItem; serverResponseId: number }
  | { mode: 'none'; reason: 'sending' | 'may-have-arrived' | 'corrected' | 'not-sent' | 'missing' };

/** A chain of corrections made in the outbox's editor is followed to the item that stands now. */
const MAX_REPLACEMENTS = 50;

/** The outbox item that delivers the response now (following "replaced by" links). */
export async function currentItemOf(db: OutpostDatabase, response: ResponseRow): Promise<OutboxItem | undefined> {
  let item = await db.outbox.get(response.outboxId);
  for (let hop = 0; item?.replacedBy && hop < MAX_REPLACEMENTS; hop += 1) item = await db.outbox.get(item.replacedBy);
  return item;
}

export function correctabilityOf(response: ResponseRow, item: OutboxItem | undefined): Correctability {
  if (response.correctedBy) return { mode: 'none', reason: 'corrected' };
  if (!item) return { mode: 'none', reason: 'missing' };
  const serverResponseId = Number(item.serverId);
  if (item.state === 'delivered' && Number.isSafeInteger(serverResponseId) && serverResponseId > 0)
    return { mode: 'follow-up', item, serverResponseId };
  if (item.state === 'sending') return { mode: 'none', reason: 'sending' };
  // An attempt whose outcome is unknown may have stored it: replacing it then could leave a copy on QuestionPro.
  if (canReplace(item))
    return mayAlreadyExist(item, item.state) ? { mode: 'none', reason: 'may-have-arrived' } : { mode: 'replace', item };
  return { mode: 'none', reason: 'not-sent' };
}

/**
 * Opens a correction of a finished response as a draft holding its answers (the draft already
 * open for it, if there is one). The interview's time and place stay those of the response.
 */
export async function startCorrection(
  db: OutpostDatabase,
  responseId: string,
  now: number,
): Promise<Result<{ draftId: string; mode: CorrectionMode }>> {
  return db.transaction('rw', [db.responses, db.outbox, db.drafts, db.surveys], async () => {
    const response = await db.responses.get(responseId);
    if (!response) return failSaying('correction-response-missing', said(correctionWords.responseGone));
    const open = (await db.drafts.toArray()).find((draft) => draft.corrects?.responseId === responseId);
    if (open?.corrects) return ok({ draftId: open.id, mode: open.corrects.mode });
    const can = correctabilityOf(response, await currentItemOf(db, response));
    if (can.mode === 'none') return failSaying(`correction-${can.reason}`, uncorrectableReason(can.reason));
    const survey = await db.surveys.get(response.surveyKey);
    if (!survey) return failSaying('survey-missing', said(correctionWords.surveyGone));
    const language = survey.languages.find((candidate) => candidate.name === response.body.language);
    const { latitude, longitude } = response.body.location ?? {};
    const progress = progressOnRoute(survey, response.answers);
    const draft: DraftRow = {
      id: crypto.randomUUID(),
      surveyKey: response.surveyKey,
      surveyName: response.surveyName,
      answers: response.answers,
      startedAt: now,
      updatedAt: now,
      // Answered already: leaving the correction keeps it as a draft, however little was changed.
      firstAnswerAt: response.finalizedAt,
      lastAnswerAt: response.finalizedAt,
      location: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null,
      answered: progress.answered,
      total: progress.total,
      languageID: language?.languageID ?? null,
      corrects: { responseId, mode: can.mode, deleteOld: false },
      searchText: draftSearchTextOf(survey.name, survey.questions, response.answers),
      ...(response.position ? { position: response.position } : {}),
    };
    await db.drafts.add(draft);
    return ok({ draftId: draft.id, mode: can.mode });
  });
}

/** Why a response cannot be corrected, and the other refusals of a correction: said where they are shown. */
export const correctionWords = defineMessages({
  sending: {
    id: 'capture.correct.refusal.sending',
    defaultMessage: 'This response is being sent right now. Try again in a moment.',
  },
  mayHaveArrived: {
    id: 'capture.correct.refusal.mayHaveArrived',
    defaultMessage:
      'An earlier attempt to send this response may have reached QuestionPro. Outpost checks that before sending again; correct it once it shows as delivered or as needing attention.',
  },
  corrected: {
    id: 'capture.correct.refusal.corrected',
    defaultMessage: 'A newer response already corrects this one: correct that one instead.',
  },
  notSent: {
    id: 'capture.correct.refusal.notSent',
    defaultMessage: 'This response will not be sent (it was discarded), so there is nothing to correct.',
  },
  missing: { id: 'capture.correct.refusal.missing', defaultMessage: 'This response is no longer in the outbox.' },
  responseGone: {
    id: 'capture.correct.refusal.responseGone',
    defaultMessage: 'This response is no longer on this laptop.',
  },
  surveyGone: {
    id: 'capture.correct.refusal.surveyGone',
    defaultMessage: 'The survey this response belongs to is no longer on this laptop.',
  },
  correctedGone: {
    id: 'capture.correct.refusal.correctedGone',
    defaultMessage: 'The response being corrected is no longer on this laptop.',
  },
  deliveredMeanwhile: {
    id: 'capture.correct.refusal.deliveredMeanwhile',
    defaultMessage:
      'This response reached QuestionPro while you were correcting it. Finish again to send your correction as a new response linked to it.',
  },
  notDelivered: {
    id: 'capture.correct.refusal.notDelivered',
    defaultMessage: 'This response has not reached QuestionPro.',
  },
});

export function uncorrectableReason(reason: Extract<Correctability, { mode: 'none' }>['reason']): Said {
  switch (reason) {
    case 'sending':
      return said(correctionWords.sending);
    case 'may-have-arrived':
      return said(correctionWords.mayHaveArrived);
    case 'corrected':
      return said(correctionWords.corrected);
    case 'not-sent':
      return said(correctionWords.notSent);
    case 'missing':
      return said(correctionWords.missing);
  }
}

/** A correction is of the same interview: its time, length, place and interviewer stay those of the original. */
export function correctedBody(fresh: CreateResponseRequest, original: CreateResponseRequest): CreateResponseRequest {
  const body: CreateResponseRequest = { ...fresh };
  if (original.timestamp !== undefined) body.timestamp = original.timestamp;
  if (original.timeTaken !== undefined) body.timeTaken = original.timeTaken;
  if (original.customVariables !== undefined) body.customVariables = original.customVariables;
  if (original.location !== undefined) body.location = original.location;
  else delete body.location;
  return body;
}
