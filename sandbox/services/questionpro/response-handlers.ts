import { createResponseRequestSchema } from '../../../common/questionpro/create-response';
import { questionProErrors } from '../../../common/questionpro/errors';
import { tryParseJson } from '../../../common/result';
import { jsonReply, questionProErrorReply, type Reply } from '../reply';
import type { QuestionProHandler, QuestionProRequestContext } from './context';
import { buildSurveyResponse, SchemaMismatch } from './build-response';
import { paginate, parsePageQuery } from './pagination';
import { findOwnSurvey, parsePathId } from './survey-access';
import { formatQuestionProTimestamp } from './timestamp';

function responsesOf(context: QuestionProRequestContext, surveyId: number) {
  return [...context.store.responses.values()].filter((response) => response.surveyID === surveyId);
}

/** GET /surveys/{surveyId}/responses */
export const listResponses: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const pageRequest = parsePageQuery(context.query);
  if (!pageRequest) return questionProErrorReply(questionProErrors.invalidQueryParameters);
  const { page, pagination } = paginate(responsesOf(context, survey.value.surveyID), pageRequest, context.resourceUrl);
  return jsonReply({ response: page, pagination });
};

/** GET /surveys/{surveyId}/responses/filter?extRef=…: look-up by externalReference. */
export const filterResponsesByExternalReference: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const externalReference = context.query.get('extRef');
  const pageRequest = parsePageQuery(context.query);
  if (externalReference === null || !pageRequest) {
    return questionProErrorReply(questionProErrors.invalidQueryParameters);
  }
  const matches = responsesOf(context, survey.value.surveyID).filter(
    (response) => response.externalReference === externalReference,
  );
  const { page, pagination } = paginate(matches, pageRequest, context.resourceUrl, { extRef: externalReference });
  return jsonReply({ response: page, pagination });
};

function clientIpv4(remoteAddress: string): string {
  const unmapped = remoteAddress.replace(/^::ffff:/, '');
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(unmapped) ? unmapped : '127.0.0.1';
}

/** POST /surveys/{surveyId}/responses: validate against the survey, store, answer the full object. */
export const createResponse: QuestionProHandler = (context) => {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const json = tryParseJson(context.body.toString('utf8'));
  if (!json.ok) return questionProErrorReply(questionProErrors.invalidJson);
  const request = createResponseRequestSchema.safeParse(json.value);
  if (!request.success) return questionProErrorReply(questionProErrors.invalidSchema);
  try {
    const response = buildSurveyResponse(survey.value, request.data, {
      responseID: context.store.allocateResponseId(),
      ipAddress: clientIpv4(context.remoteAddress),
      timestamp: formatQuestionProTimestamp(context.now),
    });
    context.store.responses.set(response.responseID, response);
    return jsonReply({ response }, { stored: true });
  } catch (error) {
    if (error instanceof SchemaMismatch) return questionProErrorReply(questionProErrors.invalidSchema);
    throw error;
  }
};

function findResponse(context: QuestionProRequestContext): Reply | { surveyId: number; responseId: number } {
  const survey = findOwnSurvey(context.params[0], context.userId);
  if (!survey.ok) return questionProErrorReply(survey.error);
  const responseId = parsePathId(context.params[1]);
  if (!responseId.ok) return questionProErrorReply(responseId.error);
  const stored = context.store.responses.get(responseId.value);
  if (!stored || stored.surveyID !== survey.value.surveyID) return questionProErrorReply(questionProErrors.notFound);
  return { surveyId: survey.value.surveyID, responseId: responseId.value };
}

/** GET /surveys/{surveyId}/responses/{responseId} */
export const getResponse: QuestionProHandler = (context) => {
  const found = findResponse(context);
  if ('kind' in found) return found;
  return jsonReply({ response: context.store.responses.get(found.responseId) });
};

/** DELETE /surveys/{surveyId}/responses/{responseId} */
export const deleteResponse: QuestionProHandler = (context) => {
  const found = findResponse(context);
  if ('kind' in found) return found;
  const removed = context.store.responses.get(found.responseId);
  context.store.responses.delete(found.responseId);
  if (removed) {
    context.store.deletedResponses.push({
      surveyID: removed.surveyID,
      responseID: removed.responseID,
      externalReference: removed.externalReference,
    });
  }
  return jsonReply({ response: { success: true, responseID: found.responseId } }, { stored: true });
};
