import type { QmobLocation } from '../../../common/accounts/index';
import {
  describeQmobError,
  matchQmobMessage,
  type QmobOperation,
  type ServiceError,
} from '../../../common/errors/index';
import type { QmobRespondent } from '../../../common/qmob/schemas';
import { ok, failWith, tryParseJson, type Result } from '../../../common/result';
import { fromHttpResponse } from '../errors/http-error';
import { buildServiceError, fromTransportFailure, unexpectedResponse } from '../errors/service-error-factory';
import { systemClock, type Clock } from '../logger';
import type { Transport } from '../transport/types';
import { withoutSecret } from '../transport/without-secret';
import { qmobActionUrl, type QmobAction } from './base-url';
import {
  QmobStatusBodySchema,
  type AddRespondentsAccepted,
  type AddRespondentsInput,
  type ListMembershipDone,
  type ListMembershipInput,
  type QmobStatusBody,
} from './schemas';

export interface QmobClientDeps {
  readonly transport: Transport;
  /** Secret from the SecretStore; sent only in the POST body, never in a URL or log. */
  readonly password: string;
  readonly account: {
    readonly location: QmobLocation;
    readonly project: string;
    readonly userName: string;
    readonly companyId?: string;
    readonly callbackUrl?: string;
    readonly extraCaPem?: string;
  };
  readonly clock?: Clock;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

interface ActionCall {
  readonly action: QmobAction;
  readonly operation: QmobOperation;
  readonly json: Record<string, unknown>;
  readonly respondents: readonly string[];
  readonly respondentRecords?: readonly QmobRespondent[];
  readonly idempotent: boolean;
  readonly withCallback: boolean;
  readonly signal?: AbortSignal;
}

/** QMob respondent APIs: form-encoded POSTs, answered with {status, message, id?}. */
export class QmobClient {
  private readonly clock: Clock;

  constructor(private readonly deps: QmobClientDeps) {
    this.clock = deps.clock ?? systemClock;
  }

  /**
   * Starts an asynchronous bulk import. Not idempotent as far as delivery is
   * concerned: a lost answer is an `ambiguous-outcome`; re-sending with
   * overwrite=true is the safe follow-up.
   */
  async addRespondents(
    input: AddRespondentsInput,
    options: CallOptions = {},
  ): Promise<Result<AddRespondentsAccepted, ServiceError>> {
    const r = await this.post({
      action: 'add_respondent',
      operation: 'add',
      json: {
        no_password: input.noPassword,
        group_id: input.groupId,
        overwrite: input.overwrite,
        respondents: input.respondents,
      },
      respondents: input.respondents.map((x) => x.username),
      respondentRecords: input.respondents,
      idempotent: false,
      withCallback: true,
      ...options,
    });
    return r.ok ? ok({ message: r.value.message, ...(r.value.id !== undefined ? { importId: r.value.id } : {}) }) : r;
  }

  copyRespondentsToList(
    input: ListMembershipInput,
    options: CallOptions = {},
  ): Promise<Result<ListMembershipDone, ServiceError>> {
    return this.membership('copy_respondents_to_list', 'copy', input, options);
  }

  removeRespondentsFromList(
    input: ListMembershipInput,
    options: CallOptions = {},
  ): Promise<Result<ListMembershipDone, ServiceError>> {
    return this.membership('remove_respondents_from_list', 'remove', input, options);
  }

  /**
   * Checks the credentials without changing anything: copying an empty respondent
   * list is answered "No respondents found!" once authentication has passed, and
   * "Authentication failure." otherwise.
   */
  async probeCredentials(options: CallOptions = {}): Promise<Result<{ readonly message: string }, ServiceError>> {
    const r = await this.post({
      action: 'copy_respondents_to_list',
      operation: 'copy',
      json: { respondents: [] },
      respondents: [],
      idempotent: true,
      withCallback: false,
      ...options,
    });
    if (r.ok) return ok({ message: r.value.message });
    // QMob checks parameters and credentials before it reads respondents_json, so any
    // complaint about the (deliberately empty) JSON proves the credentials were accepted.
    if (r.error.code === 'qmob.no-respondents-found' || r.error.code === 'qmob.json-parse-failure') {
      return ok({ message: r.error.serverMessage ?? '' });
    }
    return r;
  }

  private async membership(
    action: QmobAction,
    operation: QmobOperation,
    input: ListMembershipInput,
    options: CallOptions,
  ): Promise<Result<ListMembershipDone, ServiceError>> {
    const r = await this.post({
      action,
      operation,
      json: { group_id: input.groupId, respondents: input.usernames.map((username) => ({ username })) },
      respondents: input.usernames,
      // Copying to or removing from a list twice leaves the same membership.
      idempotent: true,
      withCallback: false,
      ...options,
    });
    if (!r.ok) return r;
    const listId = matchQmobMessage(r.value.message, operation)?.target.listId;
    return ok({ message: r.value.message, ...(listId !== undefined ? { listId } : {}) });
  }

  private async post(call: ActionCall): Promise<Result<QmobStatusBody, ServiceError>> {
    const { account } = this.deps;
    const json = account.companyId !== undefined ? { ...call.json, company_id: account.companyId } : call.json;
    const form = new URLSearchParams({
      user_name: account.userName,
      password: this.deps.password,
      respondents_json: JSON.stringify(json),
    });
    if (call.withCallback && account.callbackUrl !== undefined) form.set('callback_url', account.callbackUrl);

    const sent = await this.deps.transport.send({
      method: 'POST',
      url: qmobActionUrl(account.location, account.project, call.action),
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: form.toString(),
      ...(account.extraCaPem ? { extraCaPem: account.extraCaPem } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
    });
    const outcome = withoutSecret(sent, this.deps.password);
    if (!outcome.ok) return failWith(fromTransportFailure('qmob', outcome.error, call.idempotent));
    const response = outcome.value;
    if (response.status !== 200) {
      return failWith(
        fromHttpResponse('qmob', response, this.clock.now(), (parsed, httpStatus) =>
          describeQmobError({
            operation: call.operation,
            httpStatus,
            respondents: call.respondents,
            ...(call.respondentRecords ? { respondentRecords: call.respondentRecords } : {}),
            ...(parsed.message !== undefined ? { message: parsed.message } : {}),
          }),
        ),
      );
    }
    const raw = tryParseJson(response.body);
    const body = raw.ok ? QmobStatusBodySchema.safeParse(raw.value) : undefined;
    if (!body?.success) return failWith(unexpectedResponse('qmob', response.status, call.idempotent));
    if (body.data.status === 'ok') return ok(body.data);
    const described = describeQmobError({
      operation: call.operation,
      httpStatus: 200,
      message: body.data.message,
      respondents: call.respondents,
      ...(call.respondentRecords ? { respondentRecords: call.respondentRecords } : {}),
    });
    return failWith(buildServiceError('qmob', described, { httpStatus: 200, serverMessage: body.data.message }));
  }
}
