import { z } from 'zod';
import type { QuestionProLocation } from '../../../common/accounts/index';
import { ok, failWith, type Result } from '../../../common/result';
import { describedWords, type ServiceError } from '../../../common/errors/index';
import { defineMessages, said } from '../../../common/i18n/phrase';
import { buildServiceError } from '../errors/service-error-factory';
import { unlimited, type RateLimiter } from '../limits/rate-limiter';
import { systemClock, type Clock } from '../logger';
import { realSleep, type Sleep } from '../sleep';
import type { Transport } from '../transport/types';
import { questionProBaseUrl } from './base-url';
import { collectPages } from './paging';
import { QuestionProHttp } from './questionpro-http';
import {
  BlockSchema,
  CreateResponseInputSchema,
  LogicGraphSchema,
  QuestionSchema,
  SurveyResponseSchema,
  SurveySchema,
  oneOf,
  type Block,
  type CreateResponseInput,
  type LogicGraph,
  type Question,
  type Survey,
  type SurveyResponseRecord,
} from './schemas';

export interface QuestionProClientDeps {
  readonly transport: Transport;
  /** Secret from the SecretStore; held in memory only for this client's life. */
  readonly apiKey: string;
  readonly account: { readonly location: QuestionProLocation; readonly userId: string; readonly extraCaPem?: string };
  /** Shared by every client of the same key (300 calls / 60 s). */
  readonly limiter?: RateLimiter;
  readonly clock?: Clock;
  readonly sleep?: Sleep;
  readonly perPage?: number;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

const enc = encodeURIComponent;

/** QuestionPro API v2: the operations Outpost needs, each returning a Result with a ServiceError. */
export class QuestionProClient {
  private readonly http: QuestionProHttp;
  private readonly userId: string;
  private readonly perPage: number;

  constructor(deps: QuestionProClientDeps) {
    this.userId = deps.account.userId;
    this.perPage = deps.perPage ?? 100;
    this.http = new QuestionProHttp({
      transport: deps.transport,
      limiter: deps.limiter ?? unlimited,
      clock: deps.clock ?? systemClock,
      sleep: deps.sleep ?? realSleep,
      baseUrl: questionProBaseUrl(deps.account.location),
      apiKey: deps.apiKey,
      ...(deps.account.extraCaPem ? { extraCaPem: deps.account.extraCaPem } : {}),
    });
  }

  /** Every survey of the account's user, across all pages. */
  listSurveys(options: CallOptions = {}): Promise<Result<Survey[], ServiceError>> {
    return collectPages(
      this.http,
      { path: `/users/${enc(this.userId)}/surveys`, perPage: this.perPage, ...options },
      SurveySchema,
    );
  }

  async getSurvey(surveyId: number, options: CallOptions = {}): Promise<Result<Survey, ServiceError>> {
    const r = await this.http.call(
      { method: 'GET', path: `/surveys/${surveyId}`, idempotent: true, ...options },
      oneOf(SurveySchema),
    );
    return r.ok ? ok(r.value.response) : r;
  }

  /**
   * Every question of a survey, across all pages, one object per question. `languageID`
   * (the native spelling, sheet section d) asks for another of the survey's languages; without
   * it QuestionPro answers in the survey's default language.
   */
  getQuestions(
    surveyId: number,
    options: CallOptions & { languageID?: number } = {},
  ): Promise<Result<Question[], ServiceError>> {
    const { languageID, ...call } = options;
    return collectPages(
      this.http,
      {
        path: `/surveys/${surveyId}/questions`,
        perPage: this.perPage,
        ...(languageID === undefined ? {} : { query: { languageID: String(languageID) } }),
        ...call,
      },
      QuestionSchema,
    );
  }

  async getQuestion(
    surveyId: number,
    questionId: number,
    options: CallOptions & { languageID?: number } = {},
  ): Promise<Result<Question, ServiceError>> {
    const { languageID, ...call } = options;
    const r = await this.http.call(
      {
        method: 'GET',
        path: `/surveys/${surveyId}/questions/${questionId}`,
        ...(languageID === undefined ? {} : { query: { languageID: String(languageID) } }),
        idempotent: true,
        ...call,
      },
      oneOf(QuestionSchema),
    );
    return r.ok ? ok(r.value.response) : r;
  }

  /** The survey's blocks (its sections), across all pages. */
  getBlocks(surveyId: number, options: CallOptions = {}): Promise<Result<Block[], ServiceError>> {
    return collectPages(
      this.http,
      { path: `/surveys/${surveyId}/blocks`, perPage: this.perPage, ...options },
      BlockSchema,
    );
  }

  /** Every path through the survey's sections (an alpha endpoint: accounts outside the programme are refused). */
  async getLogicGraph(surveyId: number, options: CallOptions = {}): Promise<Result<LogicGraph, ServiceError>> {
    const r = await this.http.call(
      { method: 'GET', path: `/surveys/${surveyId}/logic-graph`, idempotent: true, ...options },
      oneOf(LogicGraphSchema),
    );
    return r.ok ? ok(r.value.response) : r;
  }

  /**
   * Creates one response. Not idempotent: if the answer is lost after sending the
   * error kind is `ambiguous-outcome`, and the caller should look the response up
   * by its externalReference before sending again.
   */
  async createResponse(
    surveyId: number,
    input: CreateResponseInput,
    options: CallOptions = {},
  ): Promise<Result<SurveyResponseRecord, ServiceError>> {
    const checked = CreateResponseInputSchema.safeParse(input);
    if (!checked.success) return failWith(invalidInput(checked.error.issues.length));
    const body = checked.data;
    const r = await this.http.call(
      { method: 'POST', path: `/surveys/${surveyId}/responses`, body, idempotent: false, ...options },
      oneOf(SurveyResponseSchema),
    );
    return r.ok ? ok(r.value.response) : r;
  }

  /**
   * Responses whose externalReference equals `externalReference`. Uses the filter
   * endpoint; where a server answers 404 to it (older deployments lack it), pages
   * through all responses instead.
   */
  async findResponsesByExternalReference(
    surveyId: number,
    externalReference: string,
    options: CallOptions = {},
  ): Promise<Result<SurveyResponseRecord[], ServiceError>> {
    const filtered = await collectPages(
      this.http,
      {
        path: `/surveys/${surveyId}/responses/filter`,
        query: { extRef: externalReference },
        perPage: this.perPage,
        ...options,
      },
      SurveyResponseSchema,
    );
    const matches = (list: SurveyResponseRecord[]) => list.filter((r) => r.externalReference === externalReference);
    if (filtered.ok) return ok(matches(filtered.value));
    if (filtered.error.httpStatus !== 404) return filtered;
    const all = await collectPages(
      this.http,
      { path: `/surveys/${surveyId}/responses`, perPage: this.perPage, ...options },
      SurveyResponseSchema,
    );
    return all.ok ? ok(matches(all.value)) : all;
  }

  async getResponse(
    surveyId: number,
    responseId: number,
    options: CallOptions = {},
  ): Promise<Result<SurveyResponseRecord, ServiceError>> {
    const r = await this.http.call(
      { method: 'GET', path: `/surveys/${surveyId}/responses/${responseId}`, idempotent: true, ...options },
      oneOf(SurveyResponseSchema),
    );
    return r.ok ? ok(r.value.response) : r;
  }

  /** Deleting a known id twice cannot delete anything else, so it counts as safe to repeat. */
  async deleteResponse(
    surveyId: number,
    responseId: number,
    options: CallOptions = {},
  ): Promise<Result<void, ServiceError>> {
    const r = await this.http.call(
      { method: 'DELETE', path: `/surveys/${surveyId}/responses/${responseId}`, idempotent: true, ...options },
      z.unknown(),
    );
    return r.ok ? ok(undefined) : r;
  }
}

/** A response Outpost built wrongly is caught here, before it costs a call or pollutes the survey. */
const words = defineMessages({
  invalidInput: {
    id: 'catalogue.questionpro.invalid-input',
    defaultMessage:
      'The response is not in the form QuestionPro expects ({issues, plural, one {# problem} other {# problems}}); nothing was sent.',
  },
  outpostProblem: {
    id: 'catalogue.outpost-problem.action',
    defaultMessage: 'Contact support: this is a problem in Outpost, not in your data.',
  },
});

function invalidInput(issueCount: number) {
  return buildServiceError('questionpro', {
    code: 'questionpro.invalid-input',
    kind: 'invalid-data',
    retryable: false,
    ...describedWords(said(words.invalidInput, { issues: issueCount }), said(words.outpostProblem)),
    known: true,
  });
}
