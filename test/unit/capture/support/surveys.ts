import { toLocalSurvey, type LocalSurvey } from '../../../../common/capture';
import { questionOnTheWire } from '../../../../sandbox/services/questionpro/survey-handlers';
import {
  clinicVisitSurvey,
  farmLivelihoodSurvey,
  householdWaterSurvey,
  marketStallSurvey,
  seedExampleSurvey,
  type SeedSurvey,
} from '../../../../sandbox/services/seed-data';

/** The sandbox's seed surveys as its endpoints send them, converted as a download would. */
export function localFromSeed(seed: SeedSurvey, accountId = 'acct-1', fetchedAt = 1_700_000_000_000): LocalSurvey {
  const defaultLanguage = seed.languages.find((language) => language.default);
  return toLocalSurvey(
    { accountId, surveyId: seed.surveyID, name: seed.name, fetchedAt },
    {
      questions: seed.questions.map((question) => questionOnTheWire(question)),
      blocks: seed.blocks.map((block) => ({ ...block, surveyID: seed.surveyID })),
      languages: seed.languages.map((language) => ({ ...language, contents: null })),
      translations: seed.languages
        .filter((language) => language !== defaultLanguage)
        .map((language) => ({
          languageID: language.languageID,
          questions: seed.questions.map((question) =>
            questionOnTheWire(question, seed.translations[language.languageID] ?? {}),
          ),
        })),
      logicGraph: seed.logicGraph ? { totalPaths: seed.logicGraph.length, paths: seed.logicGraph } : null,
    },
  );
}

export const waterSurvey = (): LocalSurvey => localFromSeed(householdWaterSurvey);
export const marketSurvey = (): LocalSurvey => localFromSeed(marketStallSurvey);
export const seedSurvey = (): LocalSurvey => localFromSeed(seedExampleSurvey);
export const farmSurvey = (): LocalSurvey => localFromSeed(farmLivelihoodSurvey);
export const clinicSurvey = (): LocalSurvey => localFromSeed(clinicVisitSurvey);

/** For tests: the value, or a clear failure instead of a non-null assertion. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}
