import { constant, describeWith, type CatalogueEntry, type Described } from './catalogue-entry';
import { describeByStatus } from './status-defaults';

/**
 * Every QuestionPro API v2 error id: the five in the Create Response docs
 * (1000, 1010, 1013, 1026, 1040) and the rest of the vendor's error-code page
 * (1001, 1002, 1003, 1011). 1013 doubles as the rate-limit answer (HTTP 429).
 */
const CHECK_KEY = 'Check the API key in Settings → Accounts.';

const entry = (id: string, e: Omit<CatalogueEntry, 'code'>): CatalogueEntry => ({ code: `questionpro.${id}`, ...e });

export const QUESTIONPRO_ERRORS: Readonly<Record<string, CatalogueEntry>> = {
  '1000': entry('1000', {
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QuestionPro did not accept the address Outpost called (invalid URL parameters).'),
    action: constant('Check the survey and the user ID in Settings → Accounts; if they are right, contact support.'),
  }),
  '1001': entry('1001', {
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QuestionPro could not read what Outpost sent (the body was not proper JSON).'),
    action: constant('Contact support: this is a problem in Outpost, not in your data.'),
  }),
  '1002': entry('1002', {
    kind: 'invalid-data',
    retryable: false,
    explain: constant('QuestionPro rejected the response: it does not match the survey (invalid schema).'),
    action: constant('Refresh the survey’s questions, check the answers, then send again.'),
  }),
  '1003': entry('1003', {
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QuestionPro did not accept the address Outpost called (invalid URL parameters).'),
    action: constant('Check the survey and the user ID in Settings → Accounts; if they are right, contact support.'),
  }),
  '1010': entry('1010', {
    kind: 'auth',
    retryable: false,
    explain: constant('QuestionPro did not accept the API key.'),
    action: constant(`${CHECK_KEY} Make sure the datacenter matches the one the key was issued on.`),
  }),
  '1011': entry('1011', {
    kind: 'permission',
    retryable: false,
    explain: constant('QuestionPro has not granted this API key access to the requested account.'),
    action: constant(
      'Check that the user ID in Settings → Accounts belongs to the key’s owner, or ask the account owner to grant API access.',
    ),
  }),
  '1013': entry('1013', {
    kind: 'permission',
    retryable: false,
    explain: constant('This QuestionPro user does not have permission to access this survey or resource.'),
    action: constant('Ask the survey owner to share it with this user, or check the user ID in Settings → Accounts.'),
  }),
  '1026': entry('1026', {
    kind: 'server',
    retryable: true,
    explain: constant('QuestionPro could not process the request because of a problem on its side.'),
    action: constant('Outpost will try again later. Nothing needs fixing on this device.'),
  }),
  '1040': entry('1040', {
    kind: 'not-found',
    retryable: false,
    explain: constant('QuestionPro says the survey or response does not exist.'),
    action: constant('Check that the survey still exists and that the account is on the right datacenter.'),
  }),
};

/** 1013 is also what QuestionPro answers, with HTTP 429, past 300 calls a minute per key. */
export const QUESTIONPRO_RATE_LIMITED: CatalogueEntry = {
  code: 'questionpro.1013-rate-limited',
  kind: 'rate-limited',
  retryable: true,
  explain: constant('QuestionPro is limiting this API key (more than 300 calls in a minute).'),
  action: constant('Outpost will wait and try again automatically.'),
};

export interface QuestionProErrorInput {
  readonly httpStatus?: number;
  readonly id?: string;
  readonly message?: string;
}

/** Maps a QuestionPro error (status + id) to the catalogue; unknown ids fall back by status. */
export function describeQuestionProError(input: QuestionProErrorInput): Described {
  if (input.httpStatus === 429) return describeWith(QUESTIONPRO_RATE_LIMITED);
  const known = input.id !== undefined ? QUESTIONPRO_ERRORS[input.id] : undefined;
  if (known) {
    // A documented id with a 5xx status is still worth retrying, whatever the id says.
    const described = describeWith(known);
    return input.httpStatus !== undefined && input.httpStatus >= 500 ? { ...described, retryable: true } : described;
  }
  return describeByStatus('questionpro', input.httpStatus, input.message);
}
