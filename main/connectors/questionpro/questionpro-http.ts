import type { z } from 'zod';
import { describeQuestionProError } from '../../../common/errors/index';
import { ok, failWith, tryParseJson, type Result } from '../../../common/result';
import type { ServiceError } from '../../../common/errors';
import { fromHttpResponse } from '../errors/http-error';
import { fromTransportFailure, unexpectedResponse } from '../errors/service-error-factory';
import type { RateLimiter } from '../limits/rate-limiter';
import type { Clock } from '../logger';
import type { Sleep } from '../sleep';
import { parseRetryAfter } from '../transport/retry-after';
import type { Transport, TransportOutcome } from '../transport/types';
import { withoutSecret } from '../transport/without-secret';

export interface QuestionProCall {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path below /a/api/v2, with ids already encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Safe to repeat: decides whether a lost answer is a plain failure or an ambiguous outcome. */
  readonly idempotent: boolean;
  readonly signal?: AbortSignal;
}

export interface QuestionProHttpDeps {
  readonly transport: Transport;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly extraCaPem?: string;
  /** A 429 on a safe call is waited out once if the server asks for no more than this. */
  readonly maxAutoWaitMs?: number;
}

/**
 * One QuestionPro call: URL, `api-key` header (never the query string), rate
 * limit, error mapping and zod parsing of the success body. HTTP status alone
 * decides success; a 2xx body that does not parse is an error, not a crash.
 */
export class QuestionProHttp {
  constructor(private readonly deps: QuestionProHttpDeps) {}

  async call<S extends z.ZodType>(call: QuestionProCall, schema: S): Promise<Result<z.output<S>, ServiceError>> {
    let outcome = await this.send(call);
    if (outcome.ok && outcome.value.status === 429 && call.idempotent) {
      const wait = parseRetryAfter(outcome.value.headers['retry-after'], this.deps.clock.now()) ?? 1000;
      if (wait <= (this.deps.maxAutoWaitMs ?? 10_000)) {
        await this.deps.sleep(wait, call.signal);
        outcome = await this.send(call);
      }
    }
    if (!outcome.ok) return failWith(fromTransportFailure('questionpro', outcome.error, call.idempotent));
    const response = outcome.value;
    if (response.status < 200 || response.status >= 300) {
      return failWith(
        fromHttpResponse('questionpro', response, this.deps.clock.now(), (parsed, httpStatus) =>
          describeQuestionProError({
            httpStatus,
            ...(parsed.id !== undefined ? { id: parsed.id } : {}),
            ...(parsed.message !== undefined ? { message: parsed.message } : {}),
          }),
        ),
      );
    }
    const json = response.body.trim() === '' ? ok({}) : tryParseJson(response.body);
    const parsed = json.ok ? schema.safeParse(json.value) : undefined;
    if (!parsed?.success) return failWith(unexpectedResponse('questionpro', response.status, call.idempotent));
    return ok(parsed.data);
  }

  private async send(call: QuestionProCall): Promise<TransportOutcome> {
    const query =
      call.query && Object.keys(call.query).length > 0 ? `?${new URLSearchParams(call.query).toString()}` : '';
    const headers: Record<string, string> = { 'api-key': this.deps.apiKey };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const outcome = await this.deps.limiter.schedule(() =>
      this.deps.transport.send({
        method: call.method,
        url: `${this.deps.baseUrl}${call.path}${query}`,
        headers,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
        ...(this.deps.extraCaPem ? { extraCaPem: this.deps.extraCaPem } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
      }),
    );
    return withoutSecret(outcome, this.deps.apiKey);
  }
}
