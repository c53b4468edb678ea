import type { CreateResponseRequest } from '../questionpro/create-response';
import {
  answerKey,
  cellsOf,
  choicesOf,
  entriesOfAll,
  isAnswered,
  isNotApplicable,
  otherOf,
  ranksOf,
  textOf,
  type Answer,
  type Answers,
} from './answers';
import type { Entry } from './question-kinds';
import { questionsOnRoute, routeOf } from './routing';
import type { LocalQuestion, LocalSurvey } from './survey-model';
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
  /** The interview language's name, as QuestionPro's responses carry it ("English", "Arabic"). */
  language: string;
  /** The outbox item's UUID: how Sync recognises the response on the server. */
  externalReference: string;
  enumeratorId: string;
  deviceId: string;
}

type ResponseSetItem = CreateResponseRequest['responseSet'][number];
type AnswerValue = ResponseSetItem['answerValues'][number];

function choiceValues(entry: Extract<Entry, { kind: 'choices' }>, answer: Answer | undefined): AnswerValue[] {
  const picked = new Set(choicesOf(answer));
  const other = otherOf(answer).trim();
  // The survey's order, not the order of clicks: the same answers always give the same payload.
  return entry.choices
    .filter((choice) => picked.has(choice.answerID))
    .map((choice) =>
      choice.other && other !== '' ? { answerID: choice.answerID, value: { other } } : { answerID: choice.answerID },
    );
}

/**
 * Rank order: one answerValues entry per ranked choice, best first. Fail-safe reading (the
 * sheet does not say where the rank goes): the rank, 1 for the first, in `value.text`.
 */
function rankValues(entry: Extract<Entry, { kind: 'rank' }>, answer: Answer | undefined): AnswerValue[] {
  const ranks = ranksOf(answer);
  return entry.choices
    .filter((choice) => ranks[String(choice.answerID)] !== undefined)
    .map((choice) => ({ choice, rank: ranks[String(choice.answerID)] ?? 0 }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ choice, rank }) => ({ answerID: choice.answerID, value: { text: String(rank) } }));
}

function answerValuesOf(entry: Entry, answer: Answer | undefined): AnswerValue[] {
  // Fail-safe (no documented answer ID for "not applicable"): a row marked N/A sends nothing.
  if (!isAnswered(answer) || isNotApplicable(answer)) return [];
  switch (entry.kind) {
    case 'choices':
      return choiceValues(entry, answer);
    case 'rank':
      return rankValues(entry, answer);
    case 'typed':
      return [{ answerID: entry.answerID, value: { text: textOf(answer).trim() } }];
    case 'cells': {
      const cells = cellsOf(answer);
      return entry.columns
        .filter((column) => (cells[String(column.columnID)] ?? '').trim() !== '')
        .map((column) => ({
          answerID: column.columnID,
          value: { text: (cells[String(column.columnID)] ?? '').trim() },
        }));
    }
  }
}

/**
 * One responseSet entry per answered entry: a choice question under its questionID, each
 * matrix row and text box under its rowID, each contact field under its rowID (as in the
 * seed). Unanswered, display and uncapturable questions send nothing.
 */
export function buildResponseSet(questions: readonly LocalQuestion[], answers: Answers): ResponseSetItem[] {
  const set: ResponseSetItem[] = [];
  for (const entry of entriesOfAll(questions)) {
    const answerValues = answerValuesOf(entry, answers[answerKey(entry)]);
    if (answerValues.length > 0) set.push({ questionID: entry.questionID, answerValues });
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
    // Only the sections the route visits: answers kept for skipped sections are not sent.
    responseSet: buildResponseSet(questionsOnRoute(input.survey, routeOf(input.survey, input.answers)), input.answers),
  };
  if (input.location) body.location = { latitude: input.location.latitude, longitude: input.location.longitude };
  return body;
}
