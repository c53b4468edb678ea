import type { Described, ServiceError, ServiceName } from '../../../common/errors/index';
import { parseRetryAfter } from '../transport/retry-after';
import type { TransportResponse } from '../transport/types';
import { parseErrorBody, type ParsedErrorBody } from './parse-error-body';
import { buildServiceError } from './service-error-factory';

/** Turns a non-2xx answer into a ServiceError using a service's own catalogue lookup. */
export function fromHttpResponse(
  service: ServiceName,
  response: TransportResponse,
  nowMs: number,
  describe: (parsed: ParsedErrorBody, httpStatus: number) => Described,
): ServiceError {
  const parsed = parseErrorBody(response.body, response.headers['content-type']);
  const described = describe(parsed, response.status);
  const retryAfterMs =
    response.status === 429 || response.status === 503
      ? parseRetryAfter(response.headers['retry-after'], nowMs)
      : undefined;
  return buildServiceError(service, described, {
    httpStatus: response.status,
    ...(parsed.id !== undefined ? { serverId: parsed.id } : {}),
    ...(parsed.name !== undefined ? { serverName: parsed.name } : {}),
    ...(parsed.message !== undefined ? { serverMessage: parsed.message } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
