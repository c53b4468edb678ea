import {
  questionsOnRoute,
  routeOf,
  searchWordsOf,
  validateAnswers,
  type CaptureSettings,
  type ResponseRow,
} from '../../../../common/capture';
import { failSaying, ok, type Result } from '../../../../common/result';
import { defineMessages, said } from '../../../../common/i18n/phrase';
import type { OutpostDatabase } from '../../db/database';
import { queue } from '../../../../common/outbox/transitions';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';
import { finishCorrection, type FinishedCorrection } from './finish-correction';
import { responseBodyOf, searchTextOf } from './response-content';

export { searchTextOf } from './response-content';

const words = defineMessages({
  draftMissing: {
    id: 'capture.finish.draftMissing',
    defaultMessage: 'This draft no longer exists; it may have been finished or deleted already.',
  },
  surveyMissing: {
    id: 'capture.finish.surveyMissing',
    defaultMessage: 'The survey this draft belongs to is no longer on this laptop.',
  },
  routeIncomplete: {
    id: 'capture.finish.routeIncomplete',
    defaultMessage: 'Answer the question that decides which section comes next before finishing this response.',
  },
  answersInvalid: {
    id: 'capture.finish.answersInvalid',
    defaultMessage:
      '{count, plural, one {# answer needs} other {# answers need}} attention before this response can be finished.',
  },
});

export interface FinalizeInput {
  draftId: string;
  settings: CaptureSettings;
  timeZone: string;
  now: number;
}

export interface Finalized {
  responseId: string;
  outboxId: string;
  /** Set when the draft was a correction of a finished response (see finish-correction). */
  correction?: FinishedCorrection['correction'];
  deleteItemId?: string;
}

/**
 * Draft → immutable response + queued outbox item, in one transaction: nothing is ever
 * finalized without its item, nor queued without its response, and the draft goes away in
 * the same step. The answers are checked once more here, whatever the form said, and only the
 * sections the route visits are validated and sent. A correction's draft ends the same way,
 * replacing the queued item of its response or following a delivered one (finish-correction).
 */
export async function finalizeDraft(db: OutpostDatabase, input: FinalizeInput): Promise<Result<Finalized>> {
  // Measured as "outpost.finalize" (the performance timeline, read by bench:capture): a field worker
  // finishes hundreds of these a day, so one must never cost more than a frame.
  const started = performance.now();
  try {
    return await finalizeInOneTransaction(db, input);
  } finally {
    performance.measure('outpost.finalize', { start: started });
  }
}

function finalizeInOneTransaction(db: OutpostDatabase, input: FinalizeInput): Promise<Result<Finalized>> {
  return db.transaction(
    'rw',
    [db.drafts, db.surveys, db.responses, db.outbox],
    async (): Promise<Result<Finalized>> => {
      const draft = await db.drafts.get(input.draftId);
      if (!draft) return failSaying('draft-missing', said(words.draftMissing));
      const survey = await db.surveys.get(draft.surveyKey);
      if (!survey) return failSaying('survey-missing', said(words.surveyMissing));
      const route = routeOf(survey, draft.answers);
      if (!route.complete) {
        return failSaying('route-incomplete', said(words.routeIncomplete));
      }
      const problems = validateAnswers(questionsOnRoute(survey, route), draft.answers, { requireAnswers: true });
      if (problems.size > 0) {
        return failSaying('answers-invalid', said(words.answersInvalid, { count: problems.size }), {
          details: [...problems.keys()],
        });
      }
      const { corrects } = draft;
      if (corrects) return finishCorrection(db, { ...draft, corrects }, survey, input);
      // The outbox item takes the response's own UUID: one id names the response here, the item in the
      // outbox and (as externalReference) the response on QuestionPro, and the responses view can
      // filter by delivery state from the outbox's state index alone.
      const outboxId = draft.id;
      const body = responseBodyOf(survey, draft, input, outboxId);
      const item = queue(
        {
          accountId: survey.accountId,
          payload: { kind: 'questionpro.create-response', surveyId: survey.surveyId, responseId: draft.id, body },
          label: survey.name,
        },
        input.now,
        outboxId,
      );
      const searchText = searchTextOf(survey, draft);
      const response: ResponseRow = {
        id: draft.id,
        surveyKey: survey.id,
        surveyId: survey.surveyId,
        accountId: survey.accountId,
        surveyName: survey.name,
        state: 'finalized',
        finalizedAt: input.now,
        outboxId,
        answers: draft.answers,
        body,
        searchText,
        searchWords: searchWordsOf(searchText),
        // Sharing turned off after the draft started: the response says so, as its body carries no location.
        position: input.settings.shareLocation ? (draft.position ?? { state: 'unavailable' }) : { state: 'off' },
      };
      // Three writes in flight at once (IndexedDB runs them in order, one transaction): a field worker waits for
      // one round trip to the database instead of three. Any of them failing aborts the transaction: all or none.
      await Promise.all([db.responses.add(response), outboxStoreFor(db).add([item]), db.drafts.delete(draft.id)]);
      return ok({ responseId: response.id, outboxId });
    },
  );
}
