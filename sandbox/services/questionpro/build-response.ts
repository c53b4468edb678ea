import type {
  AnswerValue,
  CreateResponseRequest,
  ResponseSetItem,
  SurveyResponse,
} from '../../../common/questionpro/create-response';
import type { SeedSurvey } from '../seed-data';
import { responseTargetsOf, type ResponseTarget } from './response-targets';

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
 * Checks a Create Response body against the survey (see response-targets.ts for the mapping)
 * and builds the stored response, with texts and codes filled from the survey. Throws SchemaMismatch when an answer does not fit.
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
    const target = targetsFor(survey).get(item.questionID);
    if (!target) throw new SchemaMismatch(`question ${item.questionID} takes no answer in survey ${survey.surveyID}`);
    return buildItem(target, item);
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
    language: languageOf(survey, request.language),
    currentInset: request.currentInset ?? '',
    operatingSystem: request.operatingSystem ?? '',
    osDeviceType: request.osDeviceType ?? '',
    browser: request.browser ?? '',
    responseSet,
  };
}

const targetsBySurvey = new WeakMap<SeedSurvey, ReadonlyMap<number, ResponseTarget>>();

function targetsFor(survey: SeedSurvey): ReadonlyMap<number, ResponseTarget> {
  let targets = targetsBySurvey.get(survey);
  if (!targets) {
    targets = responseTargetsOf(survey);
    targetsBySurvey.set(survey, targets);
  }
  return targets;
}

/** Fail-safe: a language the survey does not have is refused (1002), never stored as sent. */
function languageOf(survey: SeedSurvey, requested: string | undefined): string {
  const fallback = survey.languages.find((language) => language.default) ?? survey.languages[0];
  if (requested === undefined) return fallback?.name ?? 'English';
  if (!survey.languages.some((language) => language.name === requested)) {
    throw new SchemaMismatch(`survey ${survey.surveyID} has no language "${requested}"`);
  }
  return requested;
}

function buildItem(target: ResponseTarget, item: RequestItem): ResponseSetItem {
  checkAnswerCount(target, item.answerValues);
  const seenAnswerIds = new Set<number>();
  const answerValues = item.answerValues.map((answer) => {
    if (seenAnswerIds.has(answer.answerID)) throw new SchemaMismatch(`answer ${answer.answerID} given twice`);
    seenAnswerIds.add(answer.answerID);
    return buildAnswer(target, answer);
  });
  if (target.kind === 'rank') checkRanks(target, answerValues);
  return {
    questionID: target.questionID,
    questionDescription: target.questionDescription,
    questionCode: target.questionCode,
    questionText: target.questionText,
    imageUrl: null,
    answerValues,
  };
}

function checkAnswerCount(target: ResponseTarget, answers: readonly RequestAnswer[]): void {
  const count = answers.length;
  const many = target.kind === 'many-choices' || target.kind === 'rank' || target.kind === 'texts';
  const fits = many ? count >= 1 : count === 1;
  if (!fits) throw new SchemaMismatch(`question ${target.questionID} (${target.kind}) cannot take ${count} answers`);
}

/** Fail-safe: ranks are "1", "2", … in `value.text`, each used once, with no gap. */
function checkRanks(target: ResponseTarget, answers: readonly AnswerValue[]): void {
  const ranks = answers.map((answer) => Number(answer.value.text)).sort((a, b) => a - b);
  if (!ranks.every((rank, index) => rank === index + 1)) {
    throw new SchemaMismatch(`question ${target.questionID} needs ranks 1 to ${answers.length}, each once`);
  }
}

function onStep(value: number, range: NonNullable<ResponseTarget['range']>): boolean {
  if (value < range.min || value > range.max) return false;
  const steps = (value - range.min) / range.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

function checkTypedValue(target: ResponseTarget, text: string | undefined): void {
  const typed = target.kind === 'text' || target.kind === 'number' || target.kind === 'texts';
  const valued = typed || target.kind === 'slider' || target.kind === 'rank';
  if (valued && (text === undefined || text.trim() === '')) {
    throw new SchemaMismatch(`question ${target.questionID} needs value.text`);
  }
  if (target.kind === 'number' && !NUMBER_PATTERN.test(text ?? '')) {
    throw new SchemaMismatch(`question ${target.questionID} needs a number`);
  }
  if (target.kind === 'rank' && !/^[1-9]\d*$/.test(text ?? '')) {
    throw new SchemaMismatch(`question ${target.questionID} needs a rank`);
  }
  if (target.kind === 'slider') {
    const range = target.range;
    if (!range || !NUMBER_PATTERN.test(text ?? '') || !onStep(Number(text), range)) {
      throw new SchemaMismatch(`question ${target.questionID} needs a value on the slider`);
    }
  }
  if (!valued && text !== undefined && text !== '') {
    throw new SchemaMismatch(`question ${target.questionID} takes no typed text`);
  }
}

function buildAnswer(target: ResponseTarget, answer: RequestAnswer): AnswerValue {
  const known = target.answers.get(answer.answerID);
  if (!known) throw new SchemaMismatch(`answer ${answer.answerID} is not in question ${target.questionID}`);
  const typedText = answer.value?.text;
  checkTypedValue(target, typedText);
  const other = answer.value?.other ?? '';
  // Fail-safe: "other, please specify" text is taken only on a choice that has an "other" box.
  if (other !== '' && !known.hasOther) {
    throw new SchemaMismatch(`answer ${answer.answerID} has no "other, please specify" box`);
  }
  return {
    answerID: answer.answerID,
    answerText: known.answerText,
    value: {
      scale: known.scale,
      other,
      dynamicExplodeText: '',
      text: typedText ?? '',
      result: '',
      fileLink: '',
      // Server-assigned: the sandbox has no scoring, so every weight is 0 as in the seed.
      weight: 0,
    },
  };
}
