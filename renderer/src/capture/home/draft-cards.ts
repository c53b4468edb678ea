import { progressOnRoute, respondentLabelOf, type DraftRow, type Progress } from '../../../../common/capture';
import type { OutpostDatabase } from '../../db/database';
import { draftIdsMatching } from './search-drafts';

export interface DraftCard {
  readonly draft: DraftRow;
  /** Who the draft is about, from its contact answers; null while none is answered. */
  readonly respondent: string | null;
  readonly progress: Progress;
}

/**
 * The drafts list: drafts matching `search` (all when it is empty), newest first, each with who it
 * is about and how far it is; `total` counts every draft, matching or not.
 *
 * Progress is recomputed here from the draft's survey through the one definition (progressOnRoute),
 * not read from the row's stored answered/total, which are only as right as the code that saved
 * them: drafts saved before the question count changed, and drafts brought back from a backup made
 * then, still carry the old count, and an upgrade of this database would never see the restored
 * ones. The list reads each draft's survey anyway (for the respondent's name), so recomputing costs
 * no read. Only a draft whose survey is gone shows its stored count.
 */
export async function draftCards(
  db: OutpostDatabase,
  search: string,
): Promise<{ total: number; cards: readonly DraftCard[] }> {
  const matching = await draftIdsMatching(db, search);
  const all = await db.drafts.orderBy('updatedAt').reverse().toArray();
  const rows = matching ? all.filter((row) => matching.has(row.id)) : all;
  const surveys = await db.surveys.bulkGet([...new Set(rows.map((row) => row.surveyKey))]);
  const surveyOf = new Map(surveys.flatMap((survey) => (survey ? [[survey.id, survey] as const] : [])));
  const cards = rows.map((draft): DraftCard => {
    const survey = surveyOf.get(draft.surveyKey);
    return {
      draft,
      respondent: respondentLabelOf(survey?.questions ?? [], draft.answers),
      progress: survey ? progressOnRoute(survey, draft.answers) : { answered: draft.answered, total: draft.total },
    };
  });
  return { total: all.length, cards };
}
