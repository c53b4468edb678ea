import type { CreateResponseRequest } from '../questionpro/create-response';
import { answerKey, choicesOf, isAnswered, textOf, type Answers } from './answers';
import { isAnswerable, type LocalQuestion, type LocalSurvey } from './survey-model';
import { formatQuestionProTimestamp } from './timestamp';

export interface DeviceLocation {
  latitude: number;
  longitude: number;
}

export interface PayloadInput {
  survey: LocalSurvey;
  answers: Answers;
  /** When the response was finalized. */
  capturedAt: number;
  /** The device's IANA zone: the timestamp is written in it. */
  timeZone: string;
  firstAnswerAt: number | null;
  lastAnswerAt: number | null;
  /** Only when the field worker allowed sharing the position. */
  location: DeviceLocation | null;
  language: string;
  /** The outbox item's UUID: how Sync recognises the response on the server. */
  externalReference: string;
  enumeratorId: string;
  deviceId: string;
}

type ResponseSetItem = CreateResponseRequest['responseSet'][number];
type AnswerValue = ResponseSetItem['answerValues'][number];

function answerValuesOf(question: LocalQuestion, answers: Answers): AnswerValue[] {
  const answer = answers[answerKey(question)];
  if (!isAnswered(answer)) return [];
  if (answer && 'choices' in answer) {
    const picked = new Set(choicesOf(answer));
    // The survey's order, not the order of clicks: the same answers always give the same payload.
    return question.answers
      .filter((choice) => picked.has(choice.answerID))
      .map((choice) => ({ answerID: choice.answerID }));
  }
  const typedInto = question.answers[0];
  if (!typedInto) return [];
  return [{ answerID: typedInto.answerID, value: { text: textOf(answer).trim() } }];
}

/**
 * One responseSet entry per answered question. Contact-information sub-fields and matrix
 * rows are separate questions in QuestionPro (Q2_1…Q2_4), so they become separate entries
 * here too. Unanswered, presentation and unknown questions send nothing.
 */
export function buildResponseSet(questions: readonly LocalQuestion[], answers: Answers): ResponseSetItem[] {
  const set: ResponseSetItem[] = [];
  for (const question of questions) {
    if (!isAnswerable(question)) continue;
    const answerValues = answerValuesOf(question, answers);
    if (answerValues.length > 0) set.push({ questionID: question.questionID, answerValues });
  }
  return set;
}

export function timeTakenSeconds(firstAnswerAt: number | null, lastAnswerAt: number | null): number {
  if (firstAnswerAt === null || lastAnswerAt === null) return 0;
  return Math.max(0, Math.round((lastAnswerAt - firstAnswerAt) / 1000));
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The exact body of QuestionPro's Create Response request. */
export function buildCreateResponseBody(input: PayloadInput): CreateResponseRequest {
  const body: CreateResponseRequest = {
    timestamp: formatQuestionProTimestamp(input.capturedAt, input.timeZone),
    timeTaken: timeTakenSeconds(input.firstAnswerAt, input.lastAnswerAt),
    responseStatus: 'Completed',
    externalReference: input.externalReference,
    customVariables: { custom1: orNull(input.enumeratorId), custom2: orNull(input.deviceId) },
    language: input.language,
    responseSet: buildResponseSet(input.survey.questions, input.answers),
  };
  if (input.location) body.location = { latitude: input.location.latitude, longitude: input.location.longitude };
  return body;
}
