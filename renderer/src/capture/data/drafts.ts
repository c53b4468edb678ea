import {
  draftSearchTextOf,
  progressOnRoute,
  type Answers,
  type DeviceLocation,
  type DraftRow,
  type LocalSurvey,
  type Position,
} from '../../../../common/capture';
import type { OutpostDatabase } from '../../db/database';

export async function createDraft(
  db: OutpostDatabase,
  survey: LocalSurvey,
  now: number,
  location: DeviceLocation | null,
  languageID: number | null = null,
  position?: Position,
): Promise<DraftRow> {
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
    total: progressOnRoute(survey, {}).total,
    languageID,
    searchText: draftSearchTextOf(survey.name, survey.questions, {}),
    ...(position ? { position } : {}),
  };
  await db.drafts.add(draft);
  return draft;
}

/**
 * The draft after a change of answers: times of first and last answer and progress move with
 * it. Progress counts the sections the route visits so far.
 */
export function withAnswers(draft: DraftRow, survey: LocalSurvey, answers: Answers, now: number): DraftRow {
  const progress = progressOnRoute(survey, answers);
  return {
    ...draft,
    answers,
    updatedAt: now,
    firstAnswerAt: draft.firstAnswerAt ?? now,
    lastAnswerAt: now,
    answered: progress.answered,
    total: progress.total,
    searchText: draftSearchTextOf(survey.name, survey.questions, answers),
  };
}

export async function saveDraft(db: OutpostDatabase, draft: DraftRow): Promise<void> {
  // Only a draft that still exists is saved: a late debounced write must not revive one just finalized or deleted.
  // The position arrives on its own after the draft starts, so a form that has none yet keeps the stored one.
  await db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(draft.id);
    if (!stored) return;
    const position = stored.position ?? draft.position;
    await db.drafts.put({ ...draft, location: draft.location ?? stored.location, ...(position ? { position } : {}) });
  });
}

/** Deletes a draft and returns it as it was, so that the user can undo (restoreDraft). */
export async function deleteDraft(db: OutpostDatabase, id: string): Promise<DraftRow | undefined> {
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(id);
    await db.drafts.delete(id);
    return stored;
  });
}

/** Undo of a delete: the draft comes back exactly as it was (unless one with its id exists again). */
export async function restoreDraft(db: OutpostDatabase, draft: DraftRow): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    if (!(await db.drafts.get(draft.id))) await db.drafts.add(draft);
  });
}

/**
 * Leaving a form: a draft nothing was ever answered in (a "Finish and start next" closed at
 * once, a New response opened by mistake) is not kept as an empty draft. Returns whether it went.
 */
export async function dropDraftIfUntouched(db: OutpostDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.drafts, async () => {
    const stored = await db.drafts.get(id);
    if (!stored || stored.firstAnswerAt !== null) return false;
    await db.drafts.delete(id);
    return true;
  });
}

/** Stores the device position, or why there is none, once it arrives (the form keeps answering meanwhile). */
export async function setDraftPosition(
  db: OutpostDatabase,
  id: string,
  location: DeviceLocation | null,
  position: Position,
): Promise<void> {
  await db.drafts.update(id, { location, position });
}
