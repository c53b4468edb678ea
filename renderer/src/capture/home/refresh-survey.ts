import type { LocalSurvey } from '../../../../common/capture';
import { fail, ok, type Result } from '../../../../common/result';
import { call } from '../../api/client';
import { database } from '../../db/database';
import { pruneUnusedVersions, saveSurveyVersion } from '../data/surveys';

/**
 * Fetches the survey again as a new version. Older versions stay while drafts use them;
 * the others are removed so the laptop does not collect copies.
 */
export async function downloadSurvey(accountId: string, surveyId: number): Promise<Result<LocalSurvey>> {
  const result = await call('surveys.download', { accountId, surveyId });
  if (!result.ok) return fail(result.error.code, result.error.message);
  await saveSurveyVersion(database, result.value);
  await pruneUnusedVersions(database, accountId, surveyId);
  return ok(result.value);
}
