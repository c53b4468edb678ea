import type { IncomingMessage } from 'node:http';
import { questionProErrors } from '../../common/questionpro/errors';
import { handleQmobRequest, qmobBasePath } from './qmob/routes';
import { QUESTIONPRO_BASE_PATH, matchQuestionProRoute } from './questionpro/routes';
import { questionProErrorReply, textReply, type Reply } from './reply';
import { QMOB_PROJECT, SANDBOX_USER_ID } from './seed-data';
import type { ServiceWorld } from './world';

const QMOB_BASE_PATH = qmobBasePath(QMOB_PROJECT);

/**
 * Where whoever serves a call may step in with an answer of its own (the test sandbox's faults);
 * Practice never does. Each returns the reply to send instead, or null to go on.
 */
export interface Interference {
  /** QuestionPro, once the key is checked and before the call limit counts the call (a burst of 429s). */
  readonly beforeCallLimit?: () => Reply | null;
  /** Right before the service handles the call (an internal error). */
  readonly beforeHandling?: () => Reply | null;
}

/** A request to one of the two services, after routing. */
export interface ServiceCall {
  /** e.g. "POST /surveys/{surveyId}/responses" or "qmob add_respondent". */
  readonly endpoint: string;
  readonly isQuestionPro: boolean;
  /** The service's answer to the request with this body. */
  readonly answer: (body: Buffer, interference?: Interference) => Reply;
}

/** Routes a request to QuestionPro or QMob; null when it is neither's. */
export function routeServiceCall(request: IncomingMessage, url: URL, world: ServiceWorld): ServiceCall | null {
  const method = request.method ?? 'GET';
  if (url.pathname.startsWith(`${QUESTIONPRO_BASE_PATH}/`)) {
    const route = matchQuestionProRoute(method, url.pathname.slice(QUESTIONPRO_BASE_PATH.length));
    return {
      endpoint: route.endpoint,
      isQuestionPro: true,
      answer: (body, interference = {}) => {
        const refusal = questionProGate(request, world, interference);
        if (refusal) return refusal;
        if (!route.handler) return questionProErrorReply(questionProErrors.notFound);
        return route.handler({
          store: world.store,
          userId: SANDBOX_USER_ID,
          params: route.params,
          query: url.searchParams,
          body,
          remoteAddress: request.socket.remoteAddress ?? '127.0.0.1',
          resourceUrl: `${url.origin}${url.pathname}`,
          now: new Date(),
        });
      },
    };
  }
  if (url.pathname.startsWith(`${QMOB_BASE_PATH}/`)) {
    const action = url.pathname.slice(QMOB_BASE_PATH.length + 1);
    return {
      endpoint: `qmob ${action}`,
      isQuestionPro: false,
      answer: (body, interference = {}) =>
        interference.beforeHandling?.() ??
        handleQmobRequest(
          { action, method, query: url.searchParams, body },
          {
            store: world.store,
            storageFailure: world.conditions.qmobStorageFailure(),
            importer: world.importer,
            password: world.credentials.qmobPassword,
          },
        ),
    };
  }
  return null;
}

/**
 * QuestionPro's checks before any handler: the key (header only; `?apiKey=` alone is refused
 * like a wrong key), then the per-key call limit.
 */
function questionProGate(request: IncomingMessage, world: ServiceWorld, interference: Interference): Reply | null {
  const apiKey = request.headers['api-key'];
  if (apiKey !== world.credentials.apiKey) return questionProErrorReply(questionProErrors.incorrectApiKey);
  const interfered = interference.beforeCallLimit?.();
  if (interfered) return interfered;
  const verdict = world.rateLimiter.check(apiKey, world.conditions.callLimit(), Date.now());
  if (!verdict.allowed) {
    return questionProErrorReply(questionProErrors.callLimitExceeded, {
      'retry-after': String(verdict.retryAfterSeconds),
    });
  }
  return interference.beforeHandling?.() ?? null;
}

/** Renders an unroutable request: neither service's path. */
export const notFoundReply = (): Reply => textReply(404, 'Not Found');
