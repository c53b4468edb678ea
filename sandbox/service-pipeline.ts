import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { questionProErrors } from '../common/questionpro/errors';
import { ADMIN_BASE_PATH, handleAdminRequest } from './admin';
import { rollFault, type FaultDecision } from './fault-roll';
import { BodyTooLargeError, readBody, sendReply } from './http-io';
import { handleQmobRequest, qmobBasePath } from './qmob/routes';
import { QUESTIONPRO_BASE_PATH, matchQuestionProRoute } from './questionpro/routes';
import { questionProErrorReply, textReply, type Reply } from './reply';
import type { SandboxRuntime } from './runtime';
import { QMOB_PROJECT, SANDBOX_USER_ID } from './seed-data';

const QMOB_BASE_PATH = qmobBasePath(QMOB_PROJECT);

/** A request to one of the two emulated services, after routing. */
interface ServiceCall {
  readonly endpoint: string;
  readonly isQuestionPro: boolean;
  /** Produces the answer; runs only if no connection-level fault was drawn. */
  readonly answer: (body: Buffer, decision: FaultDecision) => Reply;
}

/** The HTTPS request handler: admin, QuestionPro, QMob, or 404. */
export function createRequestHandler(runtime: SandboxRuntime, origin: () => string) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    handle(request, response, runtime, origin()).catch((error: unknown) => {
      if (!response.headersSent && !response.destroyed) {
        const status = error instanceof BodyTooLargeError ? 413 : 500;
        sendReply(response, textReply(status, status === 413 ? 'Payload Too Large' : 'Internal Server Error'), {
          resourceUrl: '',
          literalErrorBody: false,
        });
      }
    });
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, runtime: SandboxRuntime, origin: string) {
  const url = new URL(request.url ?? '/', origin);
  const path = url.pathname;
  if (path === ADMIN_BASE_PATH || path.startsWith(`${ADMIN_BASE_PATH}/`)) {
    await handleAdminRequest(request, response, path, runtime);
    return;
  }
  const call = routeServiceCall(request, url, runtime);
  if (!call) {
    sendReply(response, textReply(404, 'Not Found'), { resourceUrl: url.href, literalErrorBody: false });
    return;
  }
  // Counted while the service holds the request (latency, a hold): what a client killed now leaves behind.
  runtime.inFlight.set(call.endpoint, (runtime.inFlight.get(call.endpoint) ?? 0) + 1);
  try {
    await serveWithFaults(request, response, call, runtime, `${origin}${path}`);
  } finally {
    runtime.inFlight.set(call.endpoint, (runtime.inFlight.get(call.endpoint) ?? 1) - 1);
  }
}

function routeServiceCall(request: IncomingMessage, url: URL, runtime: SandboxRuntime): ServiceCall | null {
  const method = request.method ?? 'GET';
  if (url.pathname.startsWith(`${QUESTIONPRO_BASE_PATH}/`)) {
    const route = matchQuestionProRoute(method, url.pathname.slice(QUESTIONPRO_BASE_PATH.length));
    return {
      endpoint: route.endpoint,
      isQuestionPro: true,
      answer: (body, decision) => {
        const refusal = questionProGate(request, runtime, decision);
        if (refusal) return refusal;
        if (!route.handler) return questionProErrorReply(questionProErrors.notFound);
        return route.handler({
          store: runtime.store,
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
      answer: (body, decision) => {
        if (decision.fault === 'fail') return textReply(500, 'Internal Server Error');
        return handleQmobRequest(
          { action, method, query: url.searchParams, body },
          {
            store: runtime.store,
            faults: runtime.faults,
            importer: runtime.importer,
            password: runtime.credentials.qmobPassword,
          },
        );
      },
    };
  }
  return null;
}

/**
 * QuestionPro's checks before any handler: the key (header only; `?apiKey=` alone is refused
 * like a wrong key), then 429 bursts, the per-key call limit, and injected 500s.
 */
function questionProGate(request: IncomingMessage, runtime: SandboxRuntime, decision: FaultDecision): Reply | null {
  const apiKey = request.headers['api-key'];
  if (apiKey !== runtime.credentials.apiKey) return questionProErrorReply(questionProErrors.incorrectApiKey);
  if (runtime.burst429Remaining > 0 || decision.fault === 'burst429') {
    runtime.burst429Remaining =
      runtime.burst429Remaining > 0 ? runtime.burst429Remaining - 1 : runtime.faults.burst429Length - 1;
    return questionProErrorReply(questionProErrors.callLimitExceeded, { 'retry-after': '1' });
  }
  const verdict = runtime.rateLimiter.check(apiKey, runtime.faults.rateLimit, Date.now());
  if (!verdict.allowed) {
    return questionProErrorReply(questionProErrors.callLimitExceeded, {
      'retry-after': String(verdict.retryAfterSeconds),
    });
  }
  if (decision.fault === 'fail') return questionProErrorReply(questionProErrors.internalError);
  return null;
}

async function serveWithFaults(
  request: IncomingMessage,
  response: ServerResponse,
  call: ServiceCall,
  runtime: SandboxRuntime,
  resourceUrl: string,
): Promise<void> {
  // Drawn on arrival, before any await, so the draw order is the arrival order.
  const decision = rollFault(runtime.faults, runtime.random.bind(runtime));
  const body = await readBody(request);
  if (decision.delayMs > 0) await sleep(decision.delayMs);
  if (decision.fault === 'reset') {
    runtime.log.record(call.endpoint, 'reset');
    request.socket.destroy();
    return;
  }
  if (decision.fault === 'hang') {
    runtime.log.record(call.endpoint, 'hang');
    holdOpen(response, runtime);
    return;
  }
  if (decision.fault === 'hold') {
    runtime.log.record(call.endpoint, 'held');
    try {
      await sleep(runtime.faults.holdMs, undefined, { signal: runtime.closing.signal });
    } catch {
      return; // The sandbox closed first: a held request that never arrived.
    }
  }
  const reply = call.answer(body, decision);
  if (decision.fault === 'dropAfterStore' && reply.kind === 'json' && reply.stored === true) {
    runtime.log.record(call.endpoint, 'dropped');
    request.socket.destroy();
    return;
  }
  if (decision.fault === 'stall') {
    runtime.log.record(call.endpoint, 'stalled');
    stallAfterHeaders(response, runtime);
    return;
  }
  const status = reply.kind === 'questionpro-error' ? reply.error.httpStatusCode : reply.status;
  runtime.log.record(call.endpoint, status);
  // A held request's client has usually given up by now: its answer has nowhere to go.
  if (response.destroyed || request.socket.destroyed) return;
  sendReply(response, reply, {
    resourceUrl,
    literalErrorBody: call.isQuestionPro && decision.literalErrorBody,
  });
}

/** Leaves a response unanswered until the client gives up or the sandbox closes. */
function holdOpen(response: ServerResponse, runtime: SandboxRuntime): void {
  runtime.hangingResponses.add(response);
  response.on('close', () => runtime.hangingResponses.delete(response));
}

/** Headers and the start of a body, then silence: what a stalled server or link looks like. */
function stallAfterHeaders(response: ServerResponse, runtime: SandboxRuntime): void {
  if (response.destroyed) return;
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': 1_000 });
  response.write('{"response":');
  holdOpen(response, runtime);
}
