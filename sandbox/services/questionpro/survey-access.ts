import { questionProErrors, type QuestionProErrorDefinition } from '../../../common/questionpro/errors';
import { failWith, ok, type Result } from '../../../common/result';
import { seedSurveys, type SeedSurvey } from '../seed-data';

/** What a request may use, or the QuestionPro error that refuses it. */
export type Access<T> = Result<T, QuestionProErrorDefinition>;

const ID_PATTERN = /^[1-9]\d{0,14}$/;

/** A path id must be a positive integer, or the URL itself is wrong (400 1000). */
export function parsePathId(raw: string | undefined): Access<number> {
  return raw !== undefined && ID_PATTERN.test(raw) ? ok(Number(raw)) : failWith(questionProErrors.invalidUrlParameters);
}

/** Finds a survey the key's user may use: unknown is 404 1040, someone else's is 403 1013. */
export function findOwnSurvey(rawSurveyId: string | undefined, userId: number): Access<SeedSurvey> {
  const surveyId = parsePathId(rawSurveyId);
  if (!surveyId.ok) return surveyId;
  const survey = seedSurveys.find((candidate) => candidate.surveyID === surveyId.value);
  if (!survey) return failWith(questionProErrors.notFound);
  if (survey.ownerID !== userId) return failWith(questionProErrors.noPermission);
  return ok(survey);
}
