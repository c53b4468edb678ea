import { questionProErrors } from '../../common/questionpro/errors.js';
import { jsonReply, questionProErrorReply } from '../reply.js';
import { seedSurveys, type SeedQuestion, type SeedSurvey } from '../seed-data.js';
import type { SandboxStore } from '../store.js';
import type { QuestionProHandler } from './context.js';
import { paginate, parsePageQuery } from './pagination.js';
import { findOwnSurvey, parsePathId } from './survey-access.js';

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

/** A seed question as the questions endpoint sends it. */
export function questionOnTheWire(question: SeedQuestion) {
  return {
    questionID: question.questionID,
    code: question.code,
    text: question.text,
    description: question.description,
    type: question.type,
    orderNumber: question.orderNumber,
    required: question.required,
    answers: question.answers.map(({ answerID, text, orderNumber }) => ({ answerID, text, orderNumber })),
  };
}

/** GET /surveys/{surveyId}/questions */
export const getQuestions: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  return jsonReply({ response: survey.value.questions.map(questionOnTheWire) });
};
