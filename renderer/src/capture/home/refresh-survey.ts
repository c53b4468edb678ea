import type { LocalSurvey } from '../../../../common/capture';
import { ok, type Result } from '../../../../common/result';
import { call } from '../../api/client';
import { database } from '../../db/database';
import { pruneUnusedVersions, saveSurveyVersion } from '../data/surveys';

/**
 * Fetches the survey again as a new version. Older versions stay while drafts use them;
 * the others are removed so the laptop does not collect copies.
 */
export async function downloadSurvey(accountId: string, surveyId: number): Promise<Result<LocalSurvey>> {
  const result = await call('surveys.download', { accountId, surveyId });
  // The error whole: its phrases say it in the interface's language where it is shown.
  if (!result.ok) return result;
  await saveSurveyVersion(database, result.value);
  await pruneUnusedVersions(database, accountId, surveyId);
  return ok(result.value);
}
