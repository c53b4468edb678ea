import {
  describeTransportProblem,
  type Described,
  type ServiceError,
  type ServiceName,
  type TransportProblem,
} from '../../../common/errors/index';
import type { TransportFailure } from '../transport/types';

export interface ServerFacts {
  readonly httpStatus?: number;
  readonly serverId?: string;
  readonly serverName?: string;
  readonly serverMessage?: string;
  readonly retryAfterMs?: number;
}

/** Joins the catalogue's verdict with what the server actually said. */
export function buildServiceError(service: ServiceName, described: Described, facts: ServerFacts = {}): ServiceError {
  const details = [described.action];
  if (facts.serverMessage) details.push(`Server message: “${facts.serverMessage}”`);
  return {
    code: described.code,
    message: described.explanation,
    details,
    service,
    kind: described.kind,
    retryable: described.retryable,
    action: described.action,
    words: described.words,
    known: described.known,
    ...(described.target ? { target: described.target } : {}),
    ...(facts.httpStatus !== undefined ? { httpStatus: facts.httpStatus } : {}),
    ...(facts.serverId !== undefined ? { serverId: facts.serverId } : {}),
    ...(facts.serverName !== undefined ? { serverName: facts.serverName } : {}),
    ...(facts.serverMessage !== undefined ? { serverMessage: facts.serverMessage } : {}),
    ...(facts.retryAfterMs !== undefined ? { retryAfterMs: facts.retryAfterMs } : {}),
  };
}

/** OpenSSL's verdicts on a certificate's validity dates, as Node reports them. */
const CERTIFICATE_DATE_CODE = /^(CERT_NOT_YET_VALID|CERT_HAS_EXPIRED)$/;

/**
 * Decides "not sent" versus "outcome unknown". For requests that are safe to
 * repeat (GET, and DELETE of a known id) an unknown outcome is just a timeout or
 * network error; for creating things it is `ambiguous-outcome`, which tells the
 * sync engine to look on the server before sending again.
 */
export function transportProblem(failure: TransportFailure, idempotent: boolean): TransportProblem {
  const unknownOutcome = failure.sent && !idempotent;
  switch (failure.problem) {
    case 'certificate':
      return CERTIFICATE_DATE_CODE.test(failure.detail ?? '') ? 'certificate-date' : 'certificate';
    // After the request went out, the service was reachable: a safe request cut short (a reset, a
    // stalled or missing answer) is the server's or the link's trouble, not an outage to wait out.
    case 'network':
      return unknownOutcome ? 'ambiguous-network' : failure.sent ? 'interrupted' : 'network';
    case 'timeout':
      return unknownOutcome ? 'ambiguous-timeout' : failure.sent ? 'interrupted' : 'timeout';
    case 'cancelled':
      return unknownOutcome ? 'ambiguous-cancelled' : 'cancelled';
    case 'response-too-large':
      return idempotent ? 'response-too-large' : 'ambiguous-unexpected-response';
    default:
      return failure.problem;
  }
}

export function fromTransportFailure(
  service: ServiceName,
  failure: TransportFailure,
  idempotent: boolean,
): ServiceError {
  return buildServiceError(service, describeTransportProblem(service, transportProblem(failure, idempotent)));
}

/** A 2xx answer whose body did not match what we expected. */
export function unexpectedResponse(service: ServiceName, httpStatus: number, idempotent: boolean): ServiceError {
  const problem: TransportProblem = idempotent ? 'unexpected-response' : 'ambiguous-unexpected-response';
  return buildServiceError(service, describeTransportProblem(service, problem), { httpStatus });
}
