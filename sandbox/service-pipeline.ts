import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { questionProErrors } from '../common/questionpro/errors';
import { ADMIN_BASE_PATH, handleAdminRequest } from './admin';
import { rollFault, type FaultDecision } from './fault-roll';
import { guardedHandler, readBody, sendReply } from './services/http-io';
import { questionProErrorReply, textReply, type Reply } from './services/reply';
import { notFoundReply, routeServiceCall, type Interference, type ServiceCall } from './services/service-calls';
import type { SandboxRuntime } from './runtime';

/** The test sandbox's HTTPS request handler: admin, or QuestionPro and QMob with faults drawn per request. */
export function createRequestHandler(runtime: SandboxRuntime) {
  return guardedHandler(async (request, response, origin) => {
    const url = new URL(request.url ?? '/', origin);
    const path = url.pathname;
    if (path === ADMIN_BASE_PATH || path.startsWith(`${ADMIN_BASE_PATH}/`)) {
      await handleAdminRequest(request, response, path, runtime);
      return;
    }
    const call = routeServiceCall(request, url, runtime.world);
    if (!call) {
      sendReply(response, notFoundReply(), { resourceUrl: url.href, literalErrorBody: false });
      return;
    }
    // Counted while the service holds the request (latency, a hold): what a client killed now leaves behind.
    const handling = { endpoint: call.endpoint, arrivedAt: Date.now() };
    runtime.inFlight.add(handling);
    try {
      await serveWithFaults(request, response, call, runtime, `${origin}${path}`);
    } finally {
      runtime.inFlight.delete(handling);
    }
  });
}

/**
 * The drawn fault's answers from inside the service: QuestionPro's 429 bursts (after the key
 * check, before the call limit) and injected 500s (QuestionPro: error 1026).
 */
function interferenceOf(call: ServiceCall, decision: FaultDecision, runtime: SandboxRuntime): Interference {
  if (!call.isQuestionPro) {
    return { beforeHandling: () => (decision.fault === 'fail' ? textReply(500, 'Internal Server Error') : null) };
  }
  return {
    beforeCallLimit: (): Reply | null => {
      if (runtime.burst429Remaining === 0 && decision.fault !== 'burst429') return null;
      runtime.burst429Remaining =
        runtime.burst429Remaining > 0 ? runtime.burst429Remaining - 1 : runtime.faults.burst429Length - 1;
      return questionProErrorReply(questionProErrors.callLimitExceeded, { 'retry-after': '1' });
    },
    beforeHandling: () => (decision.fault === 'fail' ? questionProErrorReply(questionProErrors.internalError) : null),
  };
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
  const reply = call.answer(body, interferenceOf(call, decision, runtime));
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
