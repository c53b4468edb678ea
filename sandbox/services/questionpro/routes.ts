import type { QuestionProHandler } from './context';
import {
  createResponse,
  deleteResponse,
  filterResponsesByExternalReference,
  getResponse,
  listResponses,
} from './response-handlers';
import { getBlocks, getLogicGraph, getQuestion, getQuestions, getSurvey, listSurveys } from './survey-handlers';

/** Mount point of the QuestionPro API v2, as in the documented URLs. */
export const QUESTIONPRO_BASE_PATH = '/a/api/v2';

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  /** Stable label for request counts, e.g. "POST /surveys/{surveyId}/responses". */
  readonly endpoint: string;
  readonly handler: QuestionProHandler;
}

const SEGMENT = '([^/]+)';

// Order matters: "responses/filter" must win over "responses/{responseId}".
const routes: readonly Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/users/${SEGMENT}/surveys$`),
    endpoint: 'GET /users/{userId}/surveys',
    handler: listSurveys,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}$`),
    endpoint: 'GET /surveys/{surveyId}',
    handler: getSurvey,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/questions$`),
    endpoint: 'GET /surveys/{surveyId}/questions',
    handler: getQuestions,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/questions/${SEGMENT}$`),
    endpoint: 'GET /surveys/{surveyId}/questions/{questionId}',
    handler: getQuestion,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/blocks$`),
    endpoint: 'GET /surveys/{surveyId}/blocks',
    handler: getBlocks,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/logic-graph$`),
    endpoint: 'GET /surveys/{surveyId}/logic-graph',
    handler: getLogicGraph,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/responses$`),
    endpoint: 'GET /surveys/{surveyId}/responses',
    handler: listResponses,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/surveys/${SEGMENT}/responses$`),
    endpoint: 'POST /surveys/{surveyId}/responses',
    handler: createResponse,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/responses/filter$`),
    endpoint: 'GET /surveys/{surveyId}/responses/filter',
    handler: filterResponsesByExternalReference,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/surveys/${SEGMENT}/responses/${SEGMENT}$`),
    endpoint: 'GET /surveys/{surveyId}/responses/{responseId}',
    handler: getResponse,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/surveys/${SEGMENT}/responses/${SEGMENT}$`),
    endpoint: 'DELETE /surveys/{surveyId}/responses/{responseId}',
    handler: deleteResponse,
  },
];

export interface MatchedQuestionProRoute {
  readonly endpoint: string;
  /** Null when no route matches: answered 404 1040 once the key is accepted. */
  readonly handler: QuestionProHandler | null;
  readonly params: readonly string[];
}

/** A malformed escape stays raw, so the id check answers 400 1000 instead of the server failing. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `path` is relative to QUESTIONPRO_BASE_PATH. */
export function matchQuestionProRoute(method: string, path: string): MatchedQuestionProRoute {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { endpoint: route.endpoint, handler: route.handler, params: match.slice(1).map(decodeSegment) };
  }
  return { endpoint: `questionpro ${method} (no such resource)`, handler: null, params: [] };
}
