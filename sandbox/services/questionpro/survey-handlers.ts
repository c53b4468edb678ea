import { questionProErrors } from '../../../common/questionpro/errors';
import { failWith, ok } from '../../../common/result';
import { jsonReply, questionProErrorReply } from '../reply';
import { seedSurveys, type SeedQuestion, type SeedSurvey, type SeedTranslation } from '../seed-data';
import type { SandboxStore } from '../store';
import type { QuestionProHandler, QuestionProRequestContext } from './context';
import { paginate, parsePageQuery } from './pagination';
import { findOwnSurvey, parsePathId, type Access } from './survey-access';

function describeSurvey(survey: SeedSurvey, store: SandboxStore): Record<string, unknown> {
  const stored = [...store.responses.values()].filter((response) => response.surveyID === survey.surveyID);
  return {
    surveyID: survey.surveyID,
    ownerID: survey.ownerID,
    name: survey.name,
    status: survey.status,
    creationDate: survey.creationDate,
    questionCount: survey.questions.length,
    completedResponses: stored.filter((response) => response.responseStatus === 'Completed').length,
    // get-survey.html prints `contents: null`; languageID as a real survey returned it (sheet, section d).
    surveyLanguages: survey.languages.map((language) => ({
      languageID: language.languageID,
      name: language.name,
      contents: null,
      default: language.default,
    })),
  };
}

/** GET /users/{userId}/surveys: another user's account is refused (403 1011). */
export const listSurveys: QuestionProHandler = (context) => {
  const userId = parsePathId(context.params[0]);
  if (!userId.ok) return questionProErrorReply(userId.error);
  if (userId.value !== context.userId) return questionProErrorReply(questionProErrors.accountAccessDenied);
  const pageRequest = parsePageQuery(context.query);
  if (!pageRequest) return questionProErrorReply(questionProErrors.invalidQueryParameters);
  const own = seedSurveys.filter((survey) => survey.ownerID === context.userId);
  const { page, pagination } = paginate(own, pageRequest, context.resourceUrl);
  return jsonReply({ response: page.map((survey) => describeSurvey(survey, context.store)), pagination });
};

/** GET /surveys/{surveyId} */
export const getSurvey: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  return jsonReply({ response: describeSurvey(survey.value, context.store) });
};

const translated = (translation: SeedTranslation, key: string, text: string): string => translation[key] ?? text;

/** A seed question as the questions endpoint sends it, in one of the survey's languages. */
export function questionOnTheWire(question: SeedQuestion, translation: SeedTranslation = {}): SeedQuestion {
  const t = (key: string, text: string) => translated(translation, key, text);
  const wire: Record<string, unknown> = { ...question, text: t(`q${question.questionID}`, question.text) };
  if (question.answers) {
    wire.answers = question.answers.map((answer) => ({ ...answer, text: t(`a${answer.answerID}`, answer.text) }));
  }
  if (question.rows) {
    wire.rows = question.rows.map((row) => ({
      ...row,
      text: t(`r${row.rowID}`, row.text),
      columns: row.columns.map((column) =>
        column.text === undefined
          ? { ...column }
          : { ...column, text: t(`c${row.rowID}.${column.columnID}`, column.text) },
      ),
    }));
  }
  for (const name of ['firstName', 'lastName', 'phone', 'email', 'address'] as const) {
    const field = question[name];
    if (field) wire[name] = { ...field, text: t(`r${field.rowID}`, field.text) };
  }
  return wire as unknown as SeedQuestion;
}

/**
 * The optional `languageID` (the sheet's reading of the native spelling). Fail-safe: an ID the
 * survey does not have is refused with 1003 rather than answered in the default language, so a
 * client never captures in a language it did not ask for.
 */
function translationFor(survey: SeedSurvey, context: QuestionProRequestContext): Access<SeedTranslation> {
  const raw = context.query.get('languageID');
  if (raw === null) return ok({});
  const language = /^\d{1,9}$/.test(raw)
    ? survey.languages.find((candidate) => candidate.languageID === Number(raw))
    : undefined;
  if (!language) return failWith(questionProErrors.invalidQueryParameters);
  return ok(survey.translations[language.languageID] ?? {});
}

/** GET /surveys/{surveyId}/questions?page&perPage&languageID */
export const getQuestions: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const pageRequest = parsePageQuery(context.query);
  if (!pageRequest) return questionProErrorReply(questionProErrors.invalidQueryParameters);
  const translation = translationFor(survey.value, context);
  if (!translation.ok) return questionProErrorReply(translation.error);
  const language = context.query.get('languageID');
  const { page, pagination } = paginate(
    survey.value.questions,
    pageRequest,
    context.resourceUrl,
    language === null ? {} : { languageID: language },
  );
  return jsonReply({ response: page.map((question) => questionOnTheWire(question, translation.value)), pagination });
};

/** GET /surveys/{surveyId}/questions/{questionId}?languageID */
export const getQuestion: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const questionId = parsePathId(context.params[1]);
  if (!questionId.ok) return questionProErrorReply(questionId.error);
  const question = survey.value.questions.find((candidate) => candidate.questionID === questionId.value);
  if (!question) return questionProErrorReply(questionProErrors.notFound);
  const translation = translationFor(survey.value, context);
  if (!translation.ok) return questionProErrorReply(translation.error);
  return jsonReply({ response: questionOnTheWire(question, translation.value) });
};

/** GET /surveys/{surveyId}/blocks?page&perPage: `{blockID, surveyID, title, orderNumber, creationDate}`. */
export const getBlocks: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const pageRequest = parsePageQuery(context.query);
  if (!pageRequest) return questionProErrorReply(questionProErrors.invalidQueryParameters);
  const blocks = survey.value.blocks.map((block) => ({
    blockID: block.blockID,
    surveyID: survey.value.surveyID,
    title: block.title,
    orderNumber: block.orderNumber,
    creationDate: block.creationDate,
  }));
  const { page, pagination } = paginate(blocks, pageRequest, context.resourceUrl);
  return jsonReply({ response: page, pagination });
};

/**
 * GET /surveys/{surveyId}/logic-graph: `{response: {totalPaths, paths: [[{sectionId, answerId}]]}}`.
 * The endpoint is in alpha; an account outside the programme is refused. Fail-safe reading of
 * how: 403 1013, so a client treats it as "branching not available", never as "no branching".
 */
export const getLogicGraph: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const paths = survey.value.logicGraph;
  if (!paths) return questionProErrorReply(questionProErrors.noPermission);
  return jsonReply({ response: { totalPaths: paths.length, paths } });
};
