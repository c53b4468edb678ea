import { progressOf, type Answers, type DeviceLocation, type DraftRow, type LocalSurvey } from '../../../../common/capture';
import type { OutpostDatabase } from '../../db/database';

export async function createDraft(db: OutpostDatabase, survey: LocalSurvey, now: number, location: DeviceLocation | null): Promise<DraftRow> {
  const draft: DraftRow = {
    id: crypto.randomUUID(),
    surveyKey: survey.id,
    surveyName: survey.name,
    answers: {},
    startedAt: now,
    updatedAt: now,
    firstAnswerAt: null,
    lastAnswerAt: null,
    location,
    answered: 0,
    total: progressOf(survey.questions, {}).total,
  };
  await db.drafts.add(draft);
  return draft;
}

/** The draft after a change of answers: times of first and last answer and progress move with it. */
export function withAnswers(draft: DraftRow, survey: LocalSurvey, answers: Answers, now: number): DraftRow {
  const progress = progressOf(survey.questions, answers);
  return {
    ...draft,
    answers,
    updatedAt: now,
    firstAnswerAt: draft.firstAnswerAt ?? now,
    lastAnswerAt: now,
    answered: progress.answered,
    total: progress.total,
  };
}

export async function saveDraft(db: OutpostDatabase, draft: DraftRow): Promise<void> {
  // Only a draft that still exists is saved: a late debounced write must not revive one just finalized or deleted.
  await db.transaction('rw', db.drafts, async () => {
    if (await db.drafts.get(draft.id)) await db.drafts.put(draft);
  });
}

export async function deleteDraft(db: OutpostDatabase, id: string): Promise<void> {
  await db.drafts.delete(id);
}
