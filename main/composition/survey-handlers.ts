import { z } from 'zod';
import { toLocalSurvey } from '../../common/capture/convert';
import type { RemoteSurvey } from '../../common/contract/ops/surveys';
import { fail, type Result } from '../../common/result';
import type { AccountsService } from '../accounts/accounts-service';
import type { ServiceError } from '../../common/errors';
import type { QuestionProClient } from '../connectors/questionpro/questionpro-client';
import type { Handlers } from '../ipc/dispatcher';
import { operationErrorSaying, unwrap } from '../ipc/operation-error';
import { defineMessages, said } from '../../common/i18n/phrase';

const words = defineMessages({
  unreadable: {
    id: 'surveys.download.unreadable',
    defaultMessage: 'QuestionPro sent this survey in a form Outpost cannot read. Nothing was saved.',
  },
});

type SurveyOperation = 'surveys.listRemote' | 'surveys.download';

/** The optional fields of a survey listing; QuestionPro sends more, and may leave these out. */
const surveyDetailsSchema = z.looseObject({
  status: z.string().optional(),
  questionCount: z.number().int().nonnegative().optional(),
});

/**
 * Blocks and the logic graph are optional: an account without access (the logic graph is an
 * alpha endpoint) or an older server answers 4xx, or a body Outpost cannot read, and the survey
 * is still captured, every section in order. A network failure, a rate limit or a server error
 * fails the download instead, so a passing outage never silently drops branching.
 */
function refusedAsNull<T>(result: Result<T, ServiceError>): T | null {
  if (result.ok) return result.value;
  const status = result.error.httpStatus;
  if (status !== undefined && status !== 429 && status < 500) return null;
  return unwrap(result);
}

export interface SurveyHandlerDeps {
  accounts: Pick<AccountsService, 'list' | 'questionProClient'>;
  /** A Practice account points at the sandbox, which must be running first. */
  ensurePractice: () => Promise<unknown>;
  now?: () => number;
}

export function createSurveyHandlers(deps: SurveyHandlerDeps): Pick<Handlers, SurveyOperation> {
  const now = deps.now ?? Date.now;

  const clientFor = async (accountId: string): Promise<Result<QuestionProClient>> => {
    const listed = await deps.accounts.list();
    if (!listed.ok) return listed;
    const account = listed.value.find((candidate) => candidate.id === accountId);
    if (account?.kind !== 'questionpro') return fail('not-found', 'That QuestionPro account no longer exists.');
    if (account.practice) await deps.ensurePractice();
    return deps.accounts.questionProClient(accountId);
  };

  return {
    'surveys.listRemote': async ({ accountId }) => {
      const client = unwrap(await clientFor(accountId));
      const surveys = unwrap(await client.listSurveys());
      return surveys.map((survey): RemoteSurvey => {
        const details = surveyDetailsSchema.safeParse(survey);
        return {
          surveyId: survey.surveyID,
          name: survey.name,
          status: details.success ? (details.data.status ?? null) : null,
          questionCount: details.success ? (details.data.questionCount ?? null) : null,
        };
      });
    },
    'surveys.download': async ({ accountId, surveyId }) => {
      const client = unwrap(await clientFor(accountId));
      const survey = unwrap(await client.getSurvey(surveyId));
      const blocks = refusedAsNull(await client.getBlocks(surveyId));
      const questions = unwrap(await client.getQuestions(surveyId));
      // Every language of the survey: the default one as QuestionPro sends it unasked, the others by languageID.
      const languages = survey.surveyLanguages ?? [];
      const defaultIndex = Math.max(
        0,
        languages.findIndex((language) => language.default === true),
      );
      const translations: Array<{ languageID: number; questions: unknown }> = [];
      for (const [index, language] of languages.entries()) {
        const languageID = language.languageID;
        if (index === defaultIndex || languageID === null || languageID === undefined) continue;
        translations.push({ languageID, questions: unwrap(await client.getQuestions(surveyId, { languageID })) });
      }
      const logicGraph = refusedAsNull(await client.getLogicGraph(surveyId));
      try {
        return toLocalSurvey(
          { accountId, surveyId, name: survey.name, fetchedAt: now() },
          { questions, blocks, languages, translations, logicGraph },
        );
      } catch {
        throw operationErrorSaying('survey-unreadable', said(words.unreadable));
      }
    },
  };
}
