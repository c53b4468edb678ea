import { defineMessages, said, type DeclaredMessage, type PhraseValues } from '../i18n/phrase';
import { constant, describeWith, type CatalogueEntry, type Described } from './catalogue-entry';
import { describeByStatus, describeUnknownMessage } from './status-defaults';
import { respondentsBreaking, type RespondentFields } from '../qmob/culprits';
import { parseRespondentList, type ErrorTarget } from './target';

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

const ALL: readonly QmobOperation[] = ['add', 'copy', 'remove'];

/**
 * A sentence that names who is concerned says "{respondentCount, plural, =0 {…} one {…} other {…}}"
 * itself, so each language can agree the words around it; {respondents} is the locale's list of names.
 */
const m = defineMessages({
  importStarted: {
    id: 'catalogue.qmob.import-started',
    defaultMessage: 'QMob accepted the respondents and started importing them.',
  },
  importStartedAction: {
    id: 'catalogue.qmob.import-started.action',
    defaultMessage: 'Nothing to do; QMob reports the final result separately.',
  },
  importFinished: {
    id: 'catalogue.qmob.import-finished',
    defaultMessage:
      'QMob finished the import: {imported, number} of {total, plural, one {# respondent} other {# respondents}} imported.',
  },
  importFinishedAction: {
    id: 'catalogue.qmob.import-finished.action',
    defaultMessage: 'Check in QMob which respondents were not imported.',
  },
  nothingToDo: { id: 'catalogue.nothing-to-do.action', defaultMessage: 'Nothing to do.' },
  copied: { id: 'catalogue.qmob.copied-to-list', defaultMessage: 'Respondents copied to list {list}.' },
  removed: { id: 'catalogue.qmob.removed-from-list', defaultMessage: 'Respondents removed from list {list}.' },
  missingParameter: {
    id: 'catalogue.qmob.missing-parameter',
    defaultMessage: 'QMob says a required field (user name, password or respondent data) was missing.',
  },
  missingParameterAction: {
    id: 'catalogue.qmob.missing-parameter.action',
    defaultMessage:
      'Check the QMob user name and password in Settings → Accounts. If they are filled in, contact support.',
  },
  authentication: {
    id: 'catalogue.qmob.authentication-failure',
    defaultMessage: 'QMob did not accept the user name and password.',
  },
  checkLogin: {
    id: 'catalogue.qmob.check-login.action',
    defaultMessage: 'Check the QMob user name and password in Settings → Accounts.',
  },
  noRespondentsFound: {
    id: 'catalogue.qmob.no-respondents-found',
    defaultMessage: 'QMob found no respondent usernames in the request.',
  },
  noRespondentsFoundAction: {
    id: 'catalogue.qmob.no-respondents-found.action',
    defaultMessage: 'Choose at least one respondent, then try again.',
  },
  jsonParse: {
    id: 'catalogue.qmob.json-parse-failure',
    defaultMessage: 'QMob could not read the respondent data Outpost sent.',
  },
  outpostProblem: {
    id: 'catalogue.outpost-problem.action',
    defaultMessage: 'Contact support: this is a problem in Outpost, not in your data.',
  },
  tryLater: { id: 'catalogue.try-later.action', defaultMessage: 'Outpost will try again later.' },
  sampleFieldsUnavailable: {
    id: 'catalogue.qmob.sample-fields-unavailable',
    defaultMessage: 'QMob could not load the respondent fields for this user.',
  },
  sampleFieldInvalid: {
    id: 'catalogue.qmob.sample-field-invalid',
    defaultMessage:
      'QMob says sample field {field} has a value of the wrong type (usually a whole number is expected).',
  },
  sampleFieldInvalidAction: {
    id: 'catalogue.qmob.sample-field-invalid.action',
    defaultMessage:
      'Fix the value of sample field {field} for {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}, then send again.',
  },
  sampleFieldEmpty: {
    id: 'catalogue.qmob.sample-field-empty',
    defaultMessage: 'QMob says sample field {field} is required but was empty.',
  },
  sampleFieldEmptyAction: {
    id: 'catalogue.qmob.sample-field-empty.action',
    defaultMessage:
      'Fill in sample field {field} for {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}, then send again.',
  },
  usernameCharacters: {
    id: 'catalogue.qmob.invalid-username-characters',
    defaultMessage: 'QMob rejected a respondent username: it may only use letters, digits and . _ - @.',
  },
  usernameCharactersAction: {
    id: 'catalogue.qmob.invalid-username-characters.action',
    defaultMessage:
      'Fix the username of {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}: only letters, digits and . _ - @ are allowed.',
  },
  usernameMissing: {
    id: 'catalogue.qmob.username-missing',
    defaultMessage: 'QMob rejected the batch: a respondent has no username.',
  },
  usernameMissingAction: {
    id: 'catalogue.qmob.username-missing.action',
    defaultMessage: 'Give every respondent a username, then send again.',
  },
  phone: {
    id: 'catalogue.qmob.invalid-phone',
    defaultMessage: 'QMob rejected a phone number: only digits and + are allowed.',
  },
  phoneAction: {
    id: 'catalogue.qmob.invalid-phone.action',
    defaultMessage:
      'Fix the phone number of {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}: only digits and +.',
  },
  phoneOrEmail: {
    id: 'catalogue.qmob.phone-or-email-required',
    defaultMessage: 'QMob needs a phone number or an e-mail address for every respondent.',
  },
  phoneOrEmailAction: {
    id: 'catalogue.qmob.phone-or-email-required.action',
    defaultMessage:
      'Add a phone number or an e-mail address for {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}.',
  },
  email: { id: 'catalogue.qmob.invalid-email', defaultMessage: 'QMob rejected an e-mail address as invalid.' },
  emailAction: {
    id: 'catalogue.qmob.invalid-email.action',
    defaultMessage:
      'Fix the e-mail address of {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}.',
  },
  previewGroup: {
    id: 'catalogue.qmob.preview-group-too-large',
    defaultMessage:
      'The list is a preview group, which QMob limits to {maximum, plural, one {# respondent} other {# respondents}}.',
  },
  previewGroupAction: {
    id: 'catalogue.qmob.preview-group-too-large.action',
    defaultMessage:
      'Use a regular list, or keep this preview group to at most {maximum, plural, one {# respondent} other {# respondents}}.',
  },
  bulkImport: {
    id: 'catalogue.qmob.bulk-import-not-started',
    defaultMessage: 'QMob could not start the import because of a problem on its side.',
  },
  importCancelled: {
    id: 'catalogue.qmob.import-cancelled',
    defaultMessage: 'QMob cancelled the import before it finished (usually a server restart).',
  },
  importCancelledAction: {
    id: 'catalogue.qmob.import-cancelled.action',
    defaultMessage: 'Outpost will send the respondents again; existing ones are overwritten, not duplicated.',
  },
  overwriteFailed: {
    id: 'catalogue.qmob.overwrite-failed',
    defaultMessage:
      'QMob could not overwrite {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}} and stopped the import.',
  },
  overwriteFailedAction: {
    id: 'catalogue.qmob.overwrite-failed.action',
    defaultMessage:
      'Check {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}} in QMob (it may be locked or in use), then send the batch again.',
  },
  importFailed: {
    id: 'catalogue.qmob.respondent-import-failed',
    defaultMessage:
      'QMob stopped the import at {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}} because of an error on its side.',
  },
  importFailedAction: {
    id: 'catalogue.qmob.respondent-import-failed.action',
    defaultMessage:
      'Check the details of {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}, then send the batch again; if it fails again, contact your QMob administrator.',
  },
  writeQueue: {
    id: 'catalogue.qmob.write-queue-flush-failed',
    defaultMessage: 'QMob had a database error; some respondents may not have been imported.',
  },
  writeQueueAction: {
    id: 'catalogue.qmob.write-queue-flush-failed.action',
    defaultMessage: 'Outpost will send the batch again with overwrite on, so nothing is duplicated.',
  },
  listUnavailable: {
    id: 'catalogue.qmob.respondent-list-unavailable',
    defaultMessage: 'QMob could not load its respondent list to check the request.',
  },
  notFound: {
    id: 'catalogue.qmob.respondents-not-found',
    defaultMessage:
      'QMob does not know {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}}.',
  },
  notFoundAction: {
    id: 'catalogue.qmob.respondents-not-found.action',
    defaultMessage:
      'Add {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}} to QMob first, or remove them from this request.',
  },
  assignment: { id: 'catalogue.qmob.assignment-failed', defaultMessage: 'QMob could not save the list assignments.' },
  copyFailed: {
    id: 'catalogue.qmob.copy-failed',
    defaultMessage: 'QMob could not copy the respondents because of a problem on its side.',
  },
  lastList: {
    id: 'catalogue.qmob.last-list',
    defaultMessage:
      'QMob keeps every respondent in at least one list, so {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}} cannot be removed from their only list.',
  },
  lastListAction: {
    id: 'catalogue.qmob.last-list.action',
    defaultMessage:
      'Copy {respondentCount, plural, =0 {a respondent in this batch} one {respondent {respondents}} other {respondents {respondents}}} to another list first, then remove them from this one.',
  },
  actionNotSupported: {
    id: 'catalogue.qmob.action-not-supported',
    defaultMessage: 'QMob refused the call (“Action not supported”: it only accepts POST requests).',
  },
  httpsRequired: {
    id: 'catalogue.qmob.https-required',
    defaultMessage: 'QMob refused the call (“Not supported”: it only accepts HTTPS).',
  },
  httpsRequiredAction: {
    id: 'catalogue.qmob.https-required.action',
    defaultMessage: 'Check that the QMob address in Settings → Accounts starts with https://.',
  },
});

/** Who a sentence is about: the respondents QMob (or the batch) named, or "a respondent in this batch". */
const who = (t: ErrorTarget): PhraseValues => {
  const names = t.respondents ?? [];
  return { respondentCount: names.length, respondents: { names } };
};
const field = (t: ErrorTarget): string => t.sampleField ?? '?';
const aboutWho = (message: DeclaredMessage) => (t: ErrorTarget) => said(message, who(t));
const aboutField = (message: DeclaredMessage) => (t: ErrorTarget) => said(message, { field: field(t) });
const aboutFieldAndWho = (message: DeclaredMessage) => (t: ErrorTarget) =>
  said(message, { field: field(t), ...who(t) });
const group1 =
  (key: 'sampleField' | 'listId' | 'detail') =>
  (match: RegExpExecArray): ErrorTarget => {
    const v = match[1]?.trim();
    return v ? { [key]: v } : {};
  };
const respondentAndDetail = (match: RegExpExecArray): ErrorTarget => {
  const t: ErrorTarget = { respondents: [match[1] ?? ''] };
  const detail = match[2]?.trim();
  return detail ? { ...t, detail } : t;
};
const maximum = (match: RegExpExecArray): ErrorTarget => ({ maximum: Number(match[1]) });

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
    explain: constant(said(m.importStarted)),
    action: constant(said(m.importStartedAction)),
  }),
  e('import-finished', {
    status: 'ok',
    operations: ['callback'],
    pattern: /^Respondent import finished successfully\.\s*(\d+) of (\d+) respondents imported\.?$/i,
    extract: (match) => ({ imported: Number(match[1]), total: Number(match[2]) }),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) => said(m.importFinished, { imported: t.imported ?? 0, total: t.total ?? 0 }),
    action: (t) =>
      said(
        t.imported !== undefined && t.total !== undefined && t.imported < t.total
          ? m.importFinishedAction
          : m.nothingToDo,
      ),
  }),
  e('copied-to-list', {
    status: 'ok',
    operations: ['copy'],
    pattern: /^Respondents copied to list\s+(.+?)\.?$/i,
    extract: group1('listId'),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) => said(m.copied, { list: t.listId ?? '' }),
    action: constant(said(m.nothingToDo)),
  }),
  e('removed-from-list', {
    status: 'ok',
    operations: ['remove'],
    pattern: /^Respondents removed from list\s+(.+?)\.?$/i,
    extract: group1('listId'),
    kind: 'invalid-request',
    retryable: false,
    explain: (t) => said(m.removed, { list: t.listId ?? '' }),
    action: constant(said(m.nothingToDo)),
  }),
  // ---- shared by add / copy / remove ------------------------------------------------
  e('missing-parameter', {
    status: 'error',
    operations: ALL,
    pattern: /^Error missing required parameter\.?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant(said(m.missingParameter)),
    action: constant(said(m.missingParameterAction)),
  }),
  e('authentication-failure', {
    status: 'error',
    operations: ALL,
    pattern: /^Authentication failure\.?$/i,
    kind: 'auth',
    retryable: false,
    explain: constant(said(m.authentication)),
    action: constant(said(m.checkLogin)),
  }),
  e('no-respondents-found', {
    status: 'error',
    operations: ['copy', 'remove'],
    pattern: /^Could not parse json parameter as a JSONObject\.\s*No respondents found!?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant(said(m.noRespondentsFound)),
    action: constant(said(m.noRespondentsFoundAction)),
  }),
  e('json-parse-failure', {
    status: 'error',
    operations: ALL,
    pattern: /^Could not parse json parameter as a JSONObject\.?$/i,
    kind: 'invalid-request',
    retryable: false,
    explain: constant(said(m.jsonParse)),
    action: constant(said(m.outpostProblem)),
  }),
  // ---- add_respondent ---------------------------------------------------------------
  e('sample-fields-unavailable', {
    status: 'error',
    operations: ['add'],
    pattern: /^Could not fetch sample fields for user\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant(said(m.sampleFieldsUnavailable)),
    action: constant(said(m.tryLater)),
  }),
  e('sample-field-invalid', {
    status: 'error',
    operations: ['add'],
    pattern: /^Field contains invalid data\.;?\s*sample field\s+(.+?)$/i,
    extract: group1('sampleField'),
    kind: 'invalid-data',
    retryable: false,
    explain: aboutField(m.sampleFieldInvalid),
    action: aboutFieldAndWho(m.sampleFieldInvalidAction),
  }),
  e('sample-field-empty', {
    status: 'error',
    operations: ['add'],
    pattern: /^Field cannot be empty\.;?\s*sample field\s+(.+?)$/i,
    extract: group1('sampleField'),
    kind: 'invalid-data',
    retryable: false,
    explain: aboutField(m.sampleFieldEmpty),
    action: aboutFieldAndWho(m.sampleFieldEmptyAction),
  }),
  e('invalid-username-characters', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Respondent ID must use only characters\s*'A-Z a-z 0-9 \._-@'\.?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant(said(m.usernameCharacters)),
    action: aboutWho(m.usernameCharactersAction),
  }),
  e('username-missing', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Username must be specified\.?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant(said(m.usernameMissing)),
    action: constant(said(m.usernameMissingAction)),
  }),
  e('invalid-phone', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Phone number not valid\.\s*\(Use only 0-9 and \+\)\.?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant(said(m.phone)),
    action: aboutWho(m.phoneAction),
  }),
  e('phone-or-email-required', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Either phone number or e-mail must be specified!?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant(said(m.phoneOrEmail)),
    action: aboutWho(m.phoneOrEmailAction),
  }),
  e('invalid-email', {
    status: 'error',
    operations: ['add'],
    pattern: /^Import failed, Invalid e-mail!?$/i,
    kind: 'invalid-data',
    retryable: false,
    explain: constant(said(m.email)),
    action: aboutWho(m.emailAction),
  }),
  e('preview-group-too-large', {
    status: 'error',
    operations: ['add', 'copy'],
    pattern:
      /^(?:Import failed, )?Too many respondents\.\s*A preview group can only contain a maximum of (\d+) respondents\.?$/i,
    extract: maximum,
    kind: 'invalid-data',
    retryable: false,
    explain: (t) => said(m.previewGroup, { maximum: t.maximum ?? 0 }),
    action: (t) => said(m.previewGroupAction, { maximum: t.maximum ?? 0 }),
  }),
  e('bulk-import-not-started', {
    status: 'error',
    operations: ['add'],
    pattern: /^Could not start bulk import from API call\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant(said(m.bulkImport)),
    action: constant(said(m.tryLater)),
  }),
  // ---- import callback --------------------------------------------------------------
  e('import-cancelled', {
    status: 'error',
    operations: ['callback'],
    pattern: /^Import was canceled by the server before finishing\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant(said(m.importCancelled)),
    action: constant(said(m.importCancelledAction)),
  }),
  e('overwrite-failed', {
    status: 'error',
    operations: ['callback'],
    pattern: /^Could not overwrite respondent\s+(.+?), import stopped\.?$/i,
    extract: (match) => ({ respondents: [match[1] ?? ''] }),
    kind: 'invalid-data',
    retryable: false,
    explain: aboutWho(m.overwriteFailed),
    action: aboutWho(m.overwriteFailedAction),
  }),
  e('respondent-import-failed', {
    status: 'error',
    operations: ['callback'],
    pattern: /^Could not import respondent\s+(.+?), aborting import\.?\s*([\s\S]*)$/i,
    extract: respondentAndDetail,
    kind: 'server',
    retryable: false,
    explain: aboutWho(m.importFailed),
    action: aboutWho(m.importFailedAction),
  }),
  e('write-queue-flush-failed', {
    status: 'error',
    operations: ['callback'],
    pattern:
      /^Could not flush database write queue, it is possible that not all respondents (?:was|were) imported\.?\s*([\s\S]*)$/i,
    extract: group1('detail'),
    kind: 'ambiguous-outcome',
    retryable: true,
    explain: constant(said(m.writeQueue)),
    action: constant(said(m.writeQueueAction)),
  }),
  // ---- copy / remove ----------------------------------------------------------------
  e('respondent-list-unavailable', {
    status: 'error',
    operations: ['copy', 'remove'],
    pattern: /^Could not validate respondents\.\s*Could not fetch respondent list\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant(said(m.listUnavailable)),
    action: constant(said(m.tryLater)),
  }),
  e('respondents-not-found', {
    status: 'error',
    operations: ['copy', 'remove'],
    pattern: /^Could not validate respondents\.\s*Respondent\(s\) does not exist!\s*([\s\S]*)$/i,
    extract: (match) => ({ respondents: parseRespondentList(match[1] ?? '') }),
    kind: 'not-found',
    retryable: false,
    explain: aboutWho(m.notFound),
    action: aboutWho(m.notFoundAction),
  }),
  e('assignment-failed', {
    status: 'error',
    operations: ['copy'],
    pattern: /^Unable to assign respondents\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant(said(m.assignment)),
    action: constant(said(m.tryLater)),
  }),
  e('copy-failed', {
    status: 'error',
    operations: ['copy'],
    pattern: /^Error copying respondents\.?$/i,
    kind: 'server',
    retryable: true,
    explain: constant(said(m.copyFailed)),
    action: constant(said(m.tryLater)),
  }),
  e('last-list', {
    status: 'error',
    operations: ['remove'],
    pattern: /^The following respondents could not be deleted from the list:\s*([\s\S]*)$/i,
    extract: (match) => ({ respondents: parseRespondentList(match[1] ?? '') }),
    kind: 'invalid-request',
    retryable: false,
    explain: aboutWho(m.lastList),
    action: aboutWho(m.lastListAction),
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
    explain: constant(said(m.actionNotSupported)),
    action: constant(said(m.outpostProblem)),
  },
  403: {
    code: 'qmob.https-required',
    message: 'Not supported',
    kind: 'invalid-request',
    retryable: false,
    explain: constant(said(m.httpsRequired)),
    action: constant(said(m.httpsRequiredAction)),
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
    return describeUnknownMessage('qmob');
  }
  return describeByStatus('qmob', status);
}
