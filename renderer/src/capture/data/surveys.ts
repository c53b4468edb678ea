import type { LocalSurvey } from '../../../../common/capture';
import type { OutpostDatabase } from '../../db/database';

/**
 * Every fetched version is its own row (id = account/survey/fetchedAt), so a refresh adds a
 * row and never changes the questions a draft was started on.
 */
export async function saveSurveyVersion(db: OutpostDatabase, survey: LocalSurvey): Promise<void> {
  await db.surveys.put(survey);
}

/** The newest version of each survey, newest first. */
export function latestVersions(all: readonly LocalSurvey[]): LocalSurvey[] {
  const newest = new Map<string, LocalSurvey>();
  for (const survey of all) {
    const key = `${survey.accountId}/${survey.surveyId}`;
    const current = newest.get(key);
    if (!current || current.fetchedAt < survey.fetchedAt) newest.set(key, survey);
  }
  return [...newest.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Older versions no draft uses any more are removed; the newest always stays. */
export async function pruneUnusedVersions(db: OutpostDatabase, accountId: string, surveyId: number): Promise<number> {
  return db.transaction('rw', db.surveys, db.drafts, async () => {
    const versions = await db.surveys
      .where('surveyId')
      .equals(surveyId)
      .filter((s) => s.accountId === accountId)
      .toArray();
    const newest = Math.max(...versions.map((v) => v.fetchedAt));
    let removed = 0;
    for (const version of versions) {
      if (version.fetchedAt === newest) continue;
      if ((await db.drafts.where('surveyKey').equals(version.id).count()) > 0) continue;
      await db.surveys.delete(version.id);
      removed += 1;
    }
    return removed;
  });
}
