import { qmobCommonMessages, qmobHttpErrors } from '../../../common/qmob/messages';
import { textReply, type Reply } from '../reply';
import { QMOB_USER_NAME } from '../seed-data';
import type { SandboxStore } from '../store';
import { addRespondent } from './add-respondent';
import type { QmobActionContext } from './context';
import type { ImportRunner } from './import-runner';
import { copyRespondentsToList, removeRespondentsFromList } from './list-membership';
import { qmobError } from './status-reply';
import type { QmobFailureStage } from './storage-failures';

export const qmobBasePath = (project: string): string => `/reactor-webapp/pt/${project}/pn/lumicompass/api`;

const actions: Readonly<Record<string, (context: QmobActionContext) => Reply>> = {
  add_respondent: addRespondent,
  copy_respondents_to_list: copyRespondentsToList,
  remove_respondents_from_list: removeRespondentsFromList,
};

export function isQmobAction(name: string): boolean {
  return Object.hasOwn(actions, name);
}

export interface QmobRequest {
  readonly action: string;
  readonly method: string;
  readonly query: URLSearchParams;
  readonly body: Buffer;
}

export interface QmobEnvironment {
  readonly store: SandboxStore;
  readonly storageFailure: QmobFailureStage | null;
  readonly importer: ImportRunner;
  readonly password: string;
}

/**
 * The checks every QMob action shares, in the seed's order: POST only, the three parameters,
 * credentials, then respondents_json as a JSON object. Parameters are read from the form body
 * and, as a servlet does, from the query string.
 */
export function handleQmobRequest(request: QmobRequest, environment: QmobEnvironment): Reply {
  const action = actions[request.action];
  if (!action) return textReply(404, 'Not Found');
  if (request.method !== 'POST') {
    return textReply(qmobHttpErrors.actionNotSupported.status, qmobHttpErrors.actionNotSupported.message);
  }
  const form = new URLSearchParams(request.body.toString('utf8'));
  const parameter = (name: string): string => form.get(name) ?? request.query.get(name) ?? '';
  const userName = parameter('user_name');
  const password = parameter('password');
  const respondentsJson = parameter('respondents_json');
  if (userName === '' || password === '' || respondentsJson.trim() === '') {
    return qmobError(qmobCommonMessages.missingParameter);
  }
  if (userName !== QMOB_USER_NAME || password !== environment.password) {
    return qmobError(qmobCommonMessages.authenticationFailure);
  }
  const json = parseJsonObject(respondentsJson);
  if (!json) return qmobError(qmobCommonMessages.unparsableJson);
  const callbackUrl = parameter('callback_url');
  return action({
    store: environment.store,
    json,
    callbackUrl: callbackUrl === '' ? null : callbackUrl,
    storageFailure: environment.storageFailure,
    importer: environment.importer,
  });
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
