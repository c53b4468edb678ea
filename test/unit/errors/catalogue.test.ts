import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../common/i18n/phrase';
import {
  describeQmobError,
  describeQuestionProError,
  matchQmobMessage,
  type ErrorKind,
  type QmobOperation,
} from '../../../common/errors/index';
import { questionProErrors } from '../../../common/questionpro/errors';

describe('QuestionPro catalogue', () => {
  const rows: [id: string, status: number, kind: ErrorKind, retryable: boolean][] = [
    ['1000', 400, 'invalid-request', false],
    ['1001', 400, 'invalid-request', false],
    ['1002', 400, 'invalid-data', false],
    ['1003', 400, 'invalid-request', false],
    ['1010', 401, 'auth', false],
    ['1011', 403, 'permission', false],
    ['1013', 403, 'permission', false],
    ['1013', 429, 'rate-limited', true],
    ['1026', 500, 'server', true],
    ['1040', 404, 'not-found', false],
  ];
  it.each(rows)('id %s with HTTP %i is %s (retry %s)', (id, httpStatus, kind, retryable) => {
    const d = describeQuestionProError({ id, httpStatus });
    expect(d).toMatchObject({ kind, retryable, known: true });
    expect(d.explanation.length).toBeGreaterThan(10);
    expect(d.action.length).toBeGreaterThan(10);
  });

  it('explains every error the sandbox sends in the very words of the one table both read (common/questionpro/errors.ts)', () => {
    for (const row of Object.values(questionProErrors)) {
      const described = describeQuestionProError({ id: row.id, httpStatus: row.httpStatusCode, message: row.message });
      expect(described, `${row.id} ${row.httpStatusCode}`).toMatchObject({
        known: true,
        kind: row.advice.kind,
        retryable: row.advice.retryable,
        explanation: inEnglish(row.advice.explain({})),
        action: inEnglish(row.advice.action({})),
      });
    }
  });

  it('tells the user to check the API key for 1010', () => {
    expect(describeQuestionProError({ id: '1010', httpStatus: 401 }).action).toContain(
      'Check the API key in Settings → Accounts',
    );
  });

  it.each([
    [418, 'invalid-request', false],
    [409, 'invalid-request', false],
    [502, 'server', true],
    [503, 'server', true],
    [429, 'rate-limited', true],
  ] as const)(
    'unknown id with HTTP %i falls back to %s (retry %s); the server’s words stay out of the explanation',
    (httpStatus, kind, retryable) => {
      const d = describeQuestionProError({ id: '9999', httpStatus, message: 'Something new' });
      expect(d.kind).toBe(kind);
      expect(d.retryable).toBe(retryable);
      if (httpStatus !== 429) {
        expect(d.known).toBe(false);
        // They travel verbatim as ServiceError.serverMessage, shown quoted and marked as the server's.
        expect(d.explanation).not.toContain('Something new');
        expect(JSON.stringify(d.words)).not.toContain('Something new');
      }
    },
  );
});

interface QmobRow {
  readonly op: QmobOperation;
  readonly message: string;
  readonly code: string;
  readonly status: 'ok' | 'error';
  readonly kind?: ErrorKind;
  readonly retryable?: boolean;
  readonly target?: Record<string, unknown>;
  readonly action?: string;
}

/** Every message in seed 004, verbatim (parameters filled in). */
const QMOB_ROWS: readonly QmobRow[] = [
  { op: 'add', message: 'Import started successfully', code: 'qmob.import-started', status: 'ok' },
  {
    op: 'add',
    message: 'Error missing required parameter.',
    code: 'qmob.missing-parameter',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'add',
    message: 'Authentication failure.',
    code: 'qmob.authentication-failure',
    status: 'error',
    kind: 'auth',
    retryable: false,
    action: 'Check the QMob user name and password in Settings → Accounts.',
  },
  {
    op: 'add',
    message: 'Could not fetch sample fields for user.',
    code: 'qmob.sample-fields-unavailable',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'add',
    message: 'Field contains invalid data.; sample field age',
    code: 'qmob.sample-field-invalid',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
    target: { sampleField: 'age' },
  },
  {
    op: 'add',
    message: 'Field cannot be empty.; sample field region_code',
    code: 'qmob.sample-field-empty',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
    target: { sampleField: 'region_code' },
  },
  {
    op: 'add',
    message: 'Could not parse json parameter as a JSONObject.',
    code: 'qmob.json-parse-failure',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'add',
    message: "Import failed, Respondent ID must use only characters 'A-Z a-z 0-9 ._-@'",
    code: 'qmob.invalid-username-characters',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
  },
  {
    op: 'add',
    message: 'Import failed, Username must be specified.',
    code: 'qmob.username-missing',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
  },
  {
    op: 'add',
    message: 'Import failed, Phone number not valid. (Use only 0-9 and +).',
    code: 'qmob.invalid-phone',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
  },
  {
    op: 'add',
    message: 'Import failed, Either phone number or e-mail must be specified!',
    code: 'qmob.phone-or-email-required',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
  },
  {
    op: 'add',
    message: 'Import failed, Invalid e-mail!',
    code: 'qmob.invalid-email',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
  },
  {
    op: 'add',
    message: 'Import failed, Too many respondents. A preview group can only contain a maximum of 25 respondents.',
    code: 'qmob.preview-group-too-large',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
    target: { maximum: 25 },
  },
  {
    op: 'add',
    message: 'Could not start bulk import from API call.',
    code: 'qmob.bulk-import-not-started',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'callback',
    message: 'Respondent import finished successfully. 8 of 10 respondents imported.',
    code: 'qmob.import-finished',
    status: 'ok',
    target: { imported: 8, total: 10 },
  },
  {
    op: 'callback',
    message: 'Import was canceled by the server before finishing.',
    code: 'qmob.import-cancelled',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'callback',
    message: 'Could not overwrite respondent r-17, import stopped.',
    code: 'qmob.overwrite-failed',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
    target: { respondents: ['r-17'] },
  },
  {
    op: 'callback',
    message: 'Could not import respondent r-18, aborting import. java.lang.NullPointerException',
    code: 'qmob.respondent-import-failed',
    status: 'error',
    kind: 'server',
    retryable: false,
    target: { respondents: ['r-18'], detail: 'java.lang.NullPointerException' },
  },
  {
    op: 'callback',
    message:
      'Could not flush database write queue, it is possible that not all respondents was imported. SQLException: timeout',
    code: 'qmob.write-queue-flush-failed',
    status: 'error',
    kind: 'ambiguous-outcome',
    retryable: true,
    target: { detail: 'SQLException: timeout' },
  },
  {
    op: 'copy',
    message: 'Respondents copied to list 4711',
    code: 'qmob.copied-to-list',
    status: 'ok',
    target: { listId: '4711' },
  },
  {
    op: 'copy',
    message: 'Error missing required parameter.',
    code: 'qmob.missing-parameter',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'copy',
    message: 'Authentication failure.',
    code: 'qmob.authentication-failure',
    status: 'error',
    kind: 'auth',
    retryable: false,
  },
  {
    op: 'copy',
    message: 'Could not parse json parameter as a JSONObject. No respondents found!',
    code: 'qmob.no-respondents-found',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'copy',
    message: 'Could not parse json parameter as a JSONObject.',
    code: 'qmob.json-parse-failure',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'copy',
    message: 'Could not validate respondents. Could not fetch respondent list.',
    code: 'qmob.respondent-list-unavailable',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'copy',
    message: 'Could not validate respondents. Respondent(s) does not exist! (r1,r2,r9)',
    code: 'qmob.respondents-not-found',
    status: 'error',
    kind: 'not-found',
    retryable: false,
    target: { respondents: ['r1', 'r2', 'r9'] },
  },
  {
    op: 'copy',
    message: 'Too many respondents. A preview group can only contain a maximum of 10 respondents',
    code: 'qmob.preview-group-too-large',
    status: 'error',
    kind: 'invalid-data',
    retryable: false,
    target: { maximum: 10 },
  },
  {
    op: 'copy',
    message: 'Unable to assign respondents.',
    code: 'qmob.assignment-failed',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'copy',
    message: 'Error copying respondents.',
    code: 'qmob.copy-failed',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'remove',
    message: 'Respondents removed from list 4711',
    code: 'qmob.removed-from-list',
    status: 'ok',
    target: { listId: '4711' },
  },
  {
    op: 'remove',
    message: 'Error missing required parameter.',
    code: 'qmob.missing-parameter',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'remove',
    message: 'Authentication failure.',
    code: 'qmob.authentication-failure',
    status: 'error',
    kind: 'auth',
    retryable: false,
  },
  {
    op: 'remove',
    message: 'Could not parse json parameter as a JSONObject. No respondents found!',
    code: 'qmob.no-respondents-found',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'remove',
    message: 'Could not parse json parameter as a JSONObject.',
    code: 'qmob.json-parse-failure',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
  },
  {
    op: 'remove',
    message: 'Could not validate respondents. Could not fetch respondent list.',
    code: 'qmob.respondent-list-unavailable',
    status: 'error',
    kind: 'server',
    retryable: true,
  },
  {
    op: 'remove',
    message: 'Could not validate respondents. Respondent(s) does not exist! (ghost)',
    code: 'qmob.respondents-not-found',
    status: 'error',
    kind: 'not-found',
    retryable: false,
    target: { respondents: ['ghost'] },
  },
  {
    op: 'remove',
    message: 'The following respondents could not be deleted from the list: [r1,r2,…]',
    code: 'qmob.last-list',
    status: 'error',
    kind: 'invalid-request',
    retryable: false,
    target: { respondents: ['r1', 'r2'] },
  },
];

describe('QMob catalogue', () => {
  it.each(QMOB_ROWS)('$op: “$message” → $code', (row) => {
    const match = matchQmobMessage(row.message, row.op);
    expect(match?.entry.code).toBe(row.code);
    expect(match?.entry.status).toBe(row.status);
    expect(match?.target ?? {}).toEqual(row.target ?? {});
    if (row.status === 'error') {
      const d = describeQmobError({ operation: row.op, httpStatus: 200, message: row.message });
      expect(d).toMatchObject({ code: row.code, kind: row.kind, retryable: row.retryable, known: true });
      if (row.action) expect(d.action).toBe(row.action);
    }
  });

  it('names the respondent in the phone-number action when the batch has one', () => {
    const d = describeQmobError({
      operation: 'add',
      httpStatus: 200,
      message: 'Import failed, Phone number not valid. (Use only 0-9 and +).',
      respondents: ['maria.k'],
    });
    expect(d.action).toBe('Fix the phone number of respondent maria.k: only digits and +.');
    expect(d.target).toEqual({ respondents: ['maria.k'] });
  });

  it('maps the plain HTTP errors', () => {
    expect(describeQmobError({ httpStatus: 400, message: 'Action not supported' })).toMatchObject({
      code: 'qmob.action-not-supported',
      kind: 'invalid-request',
      retryable: false,
    });
    expect(describeQmobError({ httpStatus: 403, message: 'Not supported' })).toMatchObject({
      code: 'qmob.https-required',
      kind: 'invalid-request',
      retryable: false,
    });
  });

  it('does not retry an unknown message, nor translate it; unknown 5xx is retried', () => {
    const d = describeQmobError({ operation: 'add', httpStatus: 200, message: 'Quota exceeded for project.' });
    expect(d).toMatchObject({ known: false, retryable: false });
    expect(d.explanation).toBe('QMob reported an error Outpost does not recognise.');
    expect(JSON.stringify(d.words)).not.toContain('Quota');
    expect(describeQmobError({ operation: 'add', httpStatus: 503, message: 'Service Unavailable' })).toMatchObject({
      kind: 'server',
      retryable: true,
      known: false,
    });
  });
});
