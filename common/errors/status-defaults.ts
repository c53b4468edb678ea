import { defineMessages, said, type DeclaredMessage } from '../i18n/phrase';
import type { ServiceName } from './kinds';
import { SERVICE_LABELS } from './kinds';
import { describedWords, type Described } from './catalogue-entry';

/**
 * The server's own words are not part of these sentences: they travel verbatim in
 * ServiceError.serverMessage and the UI shows them beside the explanation, quoted and marked as the
 * server's, never translated.
 */
const m = defineMessages({
  http401: { id: 'catalogue.http-401', defaultMessage: '{service} did not accept the credentials.' },
  http401Action: {
    id: 'catalogue.http-401.action',
    defaultMessage: 'Check the account details in Settings → Accounts.',
  },
  http403: { id: 'catalogue.http-403', defaultMessage: '{service} refused access.' },
  http403Action: {
    id: 'catalogue.http-403.action',
    defaultMessage: 'Ask your administrator for access, or check the account in Settings → Accounts.',
  },
  http404: { id: 'catalogue.http-404', defaultMessage: '{service} could not find what was asked for.' },
  http404Action: { id: 'catalogue.http-404.action', defaultMessage: 'Check that the survey or list still exists.' },
  http408: { id: 'catalogue.http-408', defaultMessage: '{service} took too long to answer.' },
  tryLater: { id: 'catalogue.try-later.action', defaultMessage: 'Outpost will try again later.' },
  http429: { id: 'catalogue.http-429', defaultMessage: '{service} is receiving too many requests from this account.' },
  http429Action: { id: 'catalogue.http-429.action', defaultMessage: 'Outpost will slow down and try again shortly.' },
  http5xx: { id: 'catalogue.http-5xx', defaultMessage: '{service} had a problem on its side (HTTP {status}).' },
  http4xx: { id: 'catalogue.http-4xx', defaultMessage: '{service} rejected the request (HTTP {status}).' },
  unexpected: {
    id: 'catalogue.http-unexpected',
    defaultMessage: '{service} answered in a way Outpost did not expect.',
  },
  unknownMessage: {
    id: 'catalogue.unknown-message',
    defaultMessage: '{service} reported an error Outpost does not recognise.',
  },
  supportWithMessage: {
    id: 'catalogue.support-with-message.action',
    defaultMessage: 'If this keeps happening, contact support with the message shown.',
  },
});

/**
 * The safe default for anything the catalogue does not know: classify by HTTP
 * status, retry server-side (5xx, 408, 429) failures and never retry other 4xx,
 * because re-sending a request the server rejected only repeats the rejection.
 */
export function describeByStatus(service: ServiceName, httpStatus: number | undefined): Described {
  const values = { service: SERVICE_LABELS[service] };
  const base = (
    code: string,
    kind: Described['kind'],
    retryable: boolean,
    explanation: DeclaredMessage,
    action: DeclaredMessage,
  ): Described => ({
    code: `${service}.http-${code}`,
    kind,
    retryable,
    ...describedWords(said(explanation, { ...values, status: code }), said(action)),
    known: false,
  });
  const s = httpStatus ?? 0;
  if (s === 401) return base('401', 'auth', false, m.http401, m.http401Action);
  if (s === 403) return base('403', 'permission', false, m.http403, m.http403Action);
  if (s === 404) return base('404', 'not-found', false, m.http404, m.http404Action);
  if (s === 408) return base('408', 'timeout', true, m.http408, m.tryLater);
  if (s === 429) return base('429', 'rate-limited', true, m.http429, m.http429Action);
  if (s >= 500) return base(String(s), 'server', true, m.http5xx, m.tryLater);
  if (s >= 400) return base(String(s), 'invalid-request', false, m.http4xx, m.supportWithMessage);
  return base('unexpected', 'server', false, m.unexpected, m.supportWithMessage);
}

/** An error message the catalogue does not know, from a service that answered 200 with status "error". */
export function describeUnknownMessage(service: ServiceName): Described {
  return {
    code: `${service}.unknown-error`,
    kind: 'invalid-request',
    retryable: false,
    ...describedWords(said(m.unknownMessage, { service: SERVICE_LABELS[service] }), said(m.supportWithMessage)),
    known: false,
  };
}
