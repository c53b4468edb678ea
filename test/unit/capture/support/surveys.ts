import { toLocalSurvey, type LocalSurvey } from '../../../../common/capture';
import { questionOnTheWire } from '../../../../sandbox/questionpro/survey-handlers';
import {
  householdWaterSurvey,
  marketStallSurvey,
  seedExampleSurvey,
  type SeedSurvey,
} from '../../../../sandbox/seed-data';

/** The sandbox's seed surveys as the questions endpoint returns them, converted as a download would. */
export function localFromSeed(seed: SeedSurvey, accountId = 'acct-1', fetchedAt = 1_700_000_000_000): LocalSurvey {
  const questions = seed.questions.map(questionOnTheWire);
  return toLocalSurvey({ accountId, surveyId: seed.surveyID, name: seed.name, fetchedAt }, questions);
}

export const waterSurvey = (): LocalSurvey => localFromSeed(householdWaterSurvey);
export const marketSurvey = (): LocalSurvey => localFromSeed(marketStallSurvey);
export const seedSurvey = (): LocalSurvey => localFromSeed(seedExampleSurvey);

/** For tests: the value, or a clear failure instead of a non-null assertion. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}
