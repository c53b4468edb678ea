import type {
  AnswerValue,
  CreateResponseRequest,
  ResponseSetItem,
  SurveyResponse,
} from '../../common/questionpro/create-response.js';
import { answerShapeByType } from '../../common/questionpro/question-types.js';
import type { SeedQuestion, SeedSurvey } from '../seed-data.js';

type RequestItem = CreateResponseRequest['responseSet'][number];
type RequestAnswer = RequestItem['answerValues'][number];

/** Why a body that parsed as JSON still does not fit the survey (answered with 400 1002). */
export class SchemaMismatch extends Error {}

const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

export interface ServerAssigned {
  responseID: number;
  ipAddress: string;
  timestamp: string;
}

/**
 * Checks a Create Response body against the survey and builds the stored response, with
 * texts and codes filled from the survey. Throws SchemaMismatch when an answer does not fit.
 */
export function buildSurveyResponse(
  survey: SeedSurvey,
  request: CreateResponseRequest,
  assigned: ServerAssigned,
): SurveyResponse {
  const seenQuestionIds = new Set<number>();
  const responseSet = request.responseSet.map((item) => {
    if (seenQuestionIds.has(item.questionID)) throw new SchemaMismatch(`question ${item.questionID} answered twice`);
    seenQuestionIds.add(item.questionID);
    const question = survey.questions.find((candidate) => candidate.questionID === item.questionID);
    if (!question) throw new SchemaMismatch(`question ${item.questionID} is not in survey ${survey.surveyID}`);
    return buildItem(question, item);
  });
  const location = request.location ?? {};
  const custom = request.customVariables ?? {};
  return {
    responseID: assigned.responseID,
    surveyID: survey.surveyID,
    surveyName: survey.name,
    ipAddress: request.ipAddress ?? assigned.ipAddress,
    timestamp: request.timestamp ?? assigned.timestamp,
    location: {
      country: location.country ?? null,
      region: location.region ?? '',
      latitude: location.latitude ?? 0,
      longitude: location.longitude ?? 0,
      radius: location.radius ?? 0,
      countryCode: location.countryCode ?? '',
    },
    duplicate: request.duplicate ?? false,
    timeTaken: request.timeTaken ?? 0,
    responseStatus: request.responseStatus ?? 'Completed',
    externalReference: request.externalReference ?? '',
    customVariables: {
      custom1: custom.custom1 ?? null,
      custom2: custom.custom2 ?? null,
      custom3: custom.custom3 ?? null,
      custom4: custom.custom4 ?? null,
      custom5: custom.custom5 ?? null,
    },
    language: request.language ?? 'English',
    currentInset: request.currentInset ?? '',
    operatingSystem: request.operatingSystem ?? '',
    osDeviceType: request.osDeviceType ?? '',
    browser: request.browser ?? '',
    responseSet,
  };
}

function buildItem(question: SeedQuestion, item: RequestItem): ResponseSetItem {
  checkAnswerCount(question, item.answerValues);
  const seenAnswerIds = new Set<number>();
  const answerValues = item.answerValues.map((answer) => {
    if (seenAnswerIds.has(answer.answerID)) throw new SchemaMismatch(`answer ${answer.answerID} given twice`);
    seenAnswerIds.add(answer.answerID);
    return buildAnswer(question, answer);
  });
  return {
    questionID: question.questionID,
    questionDescription: question.description,
    questionCode: question.code,
    questionText: question.text,
    imageUrl: null,
    answerValues,
  };
}

function checkAnswerCount(question: SeedQuestion, answers: readonly RequestAnswer[]): void {
  const shape = answerShapeByType[question.type];
  const count = answers.length;
  const fits = shape === 'many-choices' ? count >= 1 : shape === 'none' ? false : count === 1;
  if (!fits)
    throw new SchemaMismatch(`question ${question.questionID} (${question.type}) cannot take ${count} answers`);
}

function buildAnswer(question: SeedQuestion, answer: RequestAnswer): AnswerValue {
  const seedAnswer = question.answers.find((candidate) => candidate.answerID === answer.answerID);
  if (!seedAnswer) throw new SchemaMismatch(`answer ${answer.answerID} is not in question ${question.questionID}`);
  const shape = answerShapeByType[question.type];
  const typedText = answer.value?.text;
  if ((shape === 'text' || shape === 'number') && typedText === undefined) {
    throw new SchemaMismatch(`question ${question.questionID} needs value.text`);
  }
  if (shape === 'number' && !NUMBER_PATTERN.test(typedText ?? '')) {
    throw new SchemaMismatch(`question ${question.questionID} needs a number`);
  }
  return {
    answerID: seedAnswer.answerID,
    answerText: seedAnswer.text,
    value: {
      scale: seedAnswer.scale,
      other: answer.value?.other ?? '',
      dynamicExplodeText: '',
      text: typedText ?? '',
      result: '',
      fileLink: '',
      // Server-assigned: the sandbox has no scoring, so every weight is 0 as in the seed.
      weight: 0,
    },
  };
}
