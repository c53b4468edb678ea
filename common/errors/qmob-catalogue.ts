import { constant, describeWith, type CatalogueEntry, type Described } from './catalogue-entry';
import { describeByStatus, describeUnknownMessage } from './status-defaults';
import { respondentsBreaking, type RespondentFields } from '../qmob/culprits';
import { listForHumans, parseRespondentList, type ErrorTarget } from './target';

/**
 * Every status message in the QMob respondent-API docs: add_respondent,
 * copy_respondents_to_list, remove_respondents_from_list, the import callback,
 * and the two plain HTTP errors. QMob answers most failures with HTTP 200 and
 * {"status":"error","message":...}, so the message text is the only key: each
 * entry carries an anchored pattern that also pulls out its parameters.
 */
export type QmobOperation = 'add' | 'copy' | 'remove' | 'callback';

export interface QmobMessageEntry extends CatalogueEntry {
  readonly pattern: RegExp;
  readonly operations: readonly QmobOperation[];
  /** "ok" messages are successes; their parameters (list id, counts) are still parsed. */
  readonly status: 'ok' | 'error';
  readonly extract?: (match: RegExpExecArray) => ErrorTarget;
}

const CHECK_LOGIN = 'Check the QMob user name and password in Settings → Accounts.';
const LATER = 'Outpost will try again later.';
const SUPPORT = 'Contact support: this is a problem in Outpost, not in your data.';
const ALL: readonly QmobOperation[] = ['add', 'copy', 'remove'];

const who = (t: ErrorTarget): string =>
  t.respondents && t.respondents.length > 0
    ? `respondent ${listForHumans(t.respondents)}`
    : 'a respondent in this batch';
const field = (t: ErrorTarget): string => t.sampleField ?? '(unnamed)';
const group1 =
  (key: 'sampleField' | 'listId' | 'detail') =>
  (m: RegExpExecArray): ErrorTarget => {
    const v = m[1]?.trim();
    return v ? { [key]: v } : {};
  };
const respondentAndDetail = (m: RegExpExecArray): ErrorTarget => {
  const t: ErrorTarget = { respondents: [m[1] ?? ''] };
  const detail = m[2]?.trim();
  return detail ? { ...t, detail } : t;
};
const maximum = (m: RegExpExecArray): ErrorTarget => ({ maximum: Number(m[1]) });

const e = <C extends string>(
  code: C,
  rest: Omit<QmobMessageEntry, 'code'>,
): QmobMessageEntry & { readonly code: `qmob.${C}` } => ({ code: `qmob.${code}`, ...rest });

/** Order matters: longer messages that start like shorter ones come first. */
export const QMOB_MESSAGES = [
  // ---- successes -------------------------------------------------------------------
  e('import-started', {
    status: 'ok',
    operations: ['add'],
    pattern: /^Import started successfully\.?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QMob accepted the respondents and started importing them.'),
    action: constant('Nothing to do; QMob reports the final result separately.'),
  }),
  e('import-finished', {
    status: 'ok',
    operations: ['callback'],
    pattern: /^Respondent import finished successfully\.\s*(\d+) of (\d+) respondents imported\.?$/i,
    extract: (m) => ({ imported: Number(m[1]), total: Number(m[2]) }),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) => `QMob finished the import: ${t.imported ?? '?'} of ${t.total ?? '?'} respondents imported.`,
    action: (t) =>
      t.imported !== undefined && t.total !== undefined && t.imported < t.total
        ? 'Check in QMob which respondents were not imported.'
        : 'Nothing to do.',
  }),
  e('copied-to-list', {
    status: 'ok',
    operations: ['copy'],
    pattern: /^Respondents copied to list\s+(.+?)\.?$/i,
    extract: group1('listId'),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) => `Respondents copied to list ${t.listId ?? ''}.`,
    action: constant('Nothing to do.'),
  }),
  e('removed-from-list', {
    status: 'ok',
    operations: ['remove'],
    pattern: /^Respondents removed from list\s+(.+?)\.?$/i,
    extract: group1('listId'),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) => `Respondents removed from list ${t.listId ?? ''}.`,
    action: constant('Nothing to do.'),
  }),
  // ---- shared by add / copy / remove ------------------------------------------------
  e('missing-parameter', {
    status: 'error',
    operations: ALL,
    pattern: /^Error missing required parameter\.?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QMob says a required field (user name, password or respondent data) was missing.'),
    action: constant(`${CHECK_LOGIN} If they are filled in, contact support.`),
  }),
  e('authentication-failure', {
    status: 'error',
    operations: ALL,
    pattern: /^Authentication failure\.?$/i,
    kind: 'auth',
    retryable: false,
    explain: constant('QMob did not accept the user name and password.'),
    action: constant(CHECK_LOGIN),
  }),
  e('no-respondents-found', {
    status: 'error',
    operations: ['copy', 'remove'],
    pattern: /^Could not parse json parameter as a JSONObject\.\s*No respondents found!?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QMob found no respondent usernames in the request.'),
    action: constant('Choose at least one respondent, then try again.'),
  }),
  e('json-parse-failure', {
    status: 'error',
    operations: ALL,
    pattern: /^Could not parse json parameter as a JSONObject\.?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QMob could not read the respondent data Outpost sent.'),
    action: constant(SUPPORT),
  }),
  // ---- add_respondent ---------------------------------------------------------------
  e('sample-fields-unavailable', {
    status: 'error',
    operations: ['add'],
    pattern: /^Could not fetch sample fields for user\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant('QMob could not load the respondent fields for this user.'),
    action: constant(LATER),
  }),
  e('sample-field-invalid', {
    status: 'error',
    operations: ['add'],
    pattern: /^Field contains invalid data\.;?\s*sample field\s+(.+?)$/i,
    extract: group1('sampleField'),
    kind: 'invalid-data',
    retryable: false,
    explain: (t) =>
      `QMob says sample field ${field(t)} has a value of the wrong type (usually a whole number is expected).`,
    action: (t) => `Fix the value of sample field ${field(t)} for ${who(t)}, then send again.`,
  }),
  e('sample-field-empty', {
    status: 'error',
    operations: ['add'],
    pattern: /^Field cannot be empty\.;?\s*sample field\s+(.+?)$/i,
    extract: group1('sampleField'),
    kind: 'invalid-data',
    retryable: false,
    explain: (t) => `QMob says sample field ${field(t)} is required but was empty.`,
    action: (t) => `Fill in sample field ${field(t)} for ${who(t)}, then send again.`,
  }),
  e('invalid-username-characters', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Respondent ID must use only characters\s*'A-Z a-z 0-9 \._-@'\.?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant('QMob rejected a respondent username: it may only use letters, digits and . _ - @.'),
    action: (t) => `Fix the username of ${who(t)}: only letters, digits and . _ - @ are allowed.`,
  }),
  e('username-missing', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Username must be specified\.?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant('QMob rejected the batch: a respondent has no username.'),
    action: constant('Give every respondent a username, then send again.'),
  }),
  e('invalid-phone', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Phone number not valid\.\s*\(Use only 0-9 and \+\)\.?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant('QMob rejected a phone number: only digits and + are allowed.'),
    action: (t) => `Fix the phone number of ${who(t)}: only digits and +.`,
  }),
  e('phone-or-email-required', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Either phone number or e-mail must be specified!?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant('QMob needs a phone number or an e-mail address for every respondent.'),
    action: (t) => `Add a phone number or an e-mail address for ${who(t)}.`,
  }),
  e('invalid-email', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Invalid e-mail!?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant('QMob rejected an e-mail address as invalid.'),
    action: (t) => `Fix the e-mail address of ${who(t)}.`,
  }),
  e('preview-group-too-large', {
    status: 'error',
    operations: ['add', 'copy'],
    pattern:
      /^(?:Import failed, )?Too many respondents\.\s*A preview group can only contain a maximum of (\d+) respondents\.?$/i,
    extract: maximum,
    kind: 'invalid-data',
    retryable: false,
    explain: (t) =>
      `The list is a preview group, which QMob limits to ${t.maximum ?? 'a small number of'} respondents.`,
    action: (t) =>
      `Use a regular list, or keep this preview group to at most ${t.maximum ?? 'the allowed number of'} respondents.`,
  }),
  e('bulk-import-not-started', {
    status: 'error',
    operations: ['add'],
    pattern: /^Could not start bulk import from API call\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant('QMob could not start the import because of a problem on its side.'),
    action: constant(LATER),
  }),
  // ---- import callback --------------------------------------------------------------
  e('import-cancelled', {
    status: 'error',
    operations: ['callback'],
    pattern: /^Import was canceled by the server before finishing\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant('QMob cancelled the import before it finished (usually a server restart).'),
    action: constant('Outpost will send the respondents again; existing ones are overwritten, not duplicated.'),
  }),
  e('overwrite-failed', {
    status: 'error',
    operations: ['callback'],
    pattern: /^Could not overwrite respondent\s+(.+?), import stopped\.?$/i,
    extract: (m) => ({ respondents: [m[1] ?? ''] }),
    kind: 'invalid-data',
    retryable: false,
    explain: (t) => `QMob could not overwrite ${who(t)} and stopped the import.`,
    action: (t) => `Check ${who(t)} in QMob (it may be locked or in use), then send the batch again.`,
  }),
  e('respondent-import-failed', {
    status: 'error',
    operations: ['callback'],
    pattern: /^Could not import respondent\s+(.+?), aborting import\.?\s*([\s\S]*)$/i,
    extract: respondentAndDetail,
    kind: 'server',
    retryable: false,
    explain: (t) => `QMob stopped the import at ${who(t)} because of an error on its side.`,
    action: (t) =>
      `Check ${who(t)}'s details, then send the batch again; if it fails again, contact your QMob administrator.`,
  }),
  e('write-queue-flush-failed', {
    status: 'error',
    operations: ['callback'],
    pattern:
      /^Could not flush database write queue, it is possible that not all respondents (?:was|were) imported\.?\s*([\s\S]*)$/i,
    extract: group1('detail'),
    kind: 'ambiguous-outcome',
    retryable: true,
    explain: constant('QMob had a database error; some respondents may not have been imported.'),
    action: constant('Outpost will send the batch again with overwrite on, so nothing is duplicated.'),
  }),
  // ---- copy / remove ----------------------------------------------------------------
  e('respondent-list-unavailable', {
    status: 'error',
    operations: ['copy', 'remove'],
    pattern: /^Could not validate respondents\.\s*Could not fetch respondent list\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant('QMob could not load its respondent list to check the request.'),
    action: constant(LATER),
  }),
  e('respondents-not-found', {
    status: 'error',
    operations: ['copy', 'remove'],
    pattern: /^Could not validate respondents\.\s*Respondent\(s\) does not exist!\s*([\s\S]*)$/i,
    extract: (m) => ({ respondents: parseRespondentList(m[1] ?? '') }),
    kind: 'not-found',
    retryable: false,
    explain: (t) => `QMob does not know ${who(t)}.`,
    action: (t) => `Add ${who(t)} to QMob first, or remove them from this request.`,
  }),
  e('assignment-failed', {
    status: 'error',
    operations: ['copy'],
    pattern: /^Unable to assign respondents\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant('QMob could not save the list assignments.'),
    action: constant(LATER),
  }),
  e('copy-failed', {
    status: 'error',
    operations: ['copy'],
    pattern: /^Error copying respondents\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant('QMob could not copy the respondents because of a problem on its side.'),
    action: constant(LATER),
  }),
  e('last-list', {
    status: 'error',
    operations: ['remove'],
    pattern: /^The following respondents could not be deleted from the list:\s*([\s\S]*)$/i,
    extract: (m) => ({ respondents: parseRespondentList(m[1] ?? '') }),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) =>
      `QMob keeps every respondent in at least one list, so ${who(t)} cannot be removed from their only list.`,
    action: (t) => `Copy ${who(t)} to another list first, then remove them from this one.`,
  }),
] as const satisfies readonly QmobMessageEntry[];

/** Every QMob catalogue code: code that names one is checked against the table at compile time. */
export type QmobCode = (typeof QMOB_MESSAGES)[number]['code'];

/** The two plain-HTTP failures QMob documents for every respondent API. */
export const QMOB_HTTP_ERRORS: Readonly<Record<400 | 403, CatalogueEntry & { readonly message: string }>> = {
  400: {
    code: 'qmob.action-not-supported',
    message: 'Action not supported',
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QMob refused the call (“Action not supported”: it only accepts POST requests).'),
    action: constant(SUPPORT),
  },
  403: {
    code: 'qmob.https-required',
    message: 'Not supported',
    kind: 'invalid-request',
    retryable: false,
    explain: constant('QMob refused the call (“Not supported”: it only accepts HTTPS).'),
    action: constant('Check that the QMob address in Settings → Accounts starts with https://.'),
  },
};

const normalise = (message: string): string => message.replace(/\s+/g, ' ').trim();

export interface QmobMatch {
  readonly entry: QmobMessageEntry;
  readonly target: ErrorTarget;
}

/** Finds the catalogue entry for a QMob message, preferring entries documented for the operation. */
export function matchQmobMessage(message: string, operation?: QmobOperation): QmobMatch | undefined {
  const text = normalise(message);
  const candidates = operation
    ? [...QMOB_MESSAGES.filter((x) => x.operations.includes(operation)), ...QMOB_MESSAGES]
    : QMOB_MESSAGES;
  for (const entry of candidates) {
    const m = entry.pattern.exec(text);
    if (m) return { entry, target: entry.extract ? entry.extract(m) : {} };
  }
  return undefined;
}

export interface QmobErrorInput {
  readonly operation?: QmobOperation;
  readonly httpStatus?: number;
  readonly message?: string;
  /** Respondents in the request: names "respondent X" when QMob's message does not. */
  readonly respondents?: readonly string[];
  /** The full records sent, so a rule QMob names without a respondent can be traced to the ones that break it. */
  readonly respondentRecords?: readonly RespondentFields[];
}

/** Maps a QMob failure (HTTP-level or {"status":"error"}) to the catalogue. */
export function describeQmobError(input: QmobErrorInput): Described {
  const status = input.httpStatus;
  if (
    (status === 400 || status === 403) &&
    (input.message === undefined ||
      normalise(input.message).toLowerCase() === QMOB_HTTP_ERRORS[status].message.toLowerCase())
  ) {
    return describeWith(QMOB_HTTP_ERRORS[status]);
  }
  if (input.message !== undefined && (status === undefined || status === 200)) {
    const match = matchQmobMessage(input.message, input.operation);
    if (match && match.entry.status === 'error') {
      const traced = input.respondentRecords
        ? respondentsBreaking(match.entry.code, input.respondentRecords, match.target.sampleField)
        : [];
      const single = input.respondents?.length === 1 ? input.respondents : undefined;
      const named = traced.length > 0 ? traced : single;
      const target = match.target.respondents || !named ? match.target : { ...match.target, respondents: [...named] };
      return describeWith(match.entry, target);
    }
    // An unknown {"status":"error"} at HTTP 200: a 4xx-like rejection, shown verbatim, not retried.
    return describeUnknownMessage('qmob', normalise(input.message));
  }
  return describeByStatus('qmob', status, input.message);
}
