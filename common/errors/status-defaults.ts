import type { ServiceName } from './kinds';
import { SERVICE_LABELS } from './kinds';
import type { Described } from './catalogue-entry';

/**
 * The safe default for anything the catalogue does not know: classify by HTTP
 * status, retry server-side (5xx, 408, 429) failures and never retry other 4xx,
 * because re-sending a request the server rejected only repeats the rejection.
 */
export function describeByStatus(
  service: ServiceName,
  httpStatus: number | undefined,
  serverMessage: string | undefined,
): Described {
  const name = SERVICE_LABELS[service];
  const said = serverMessage ? ` ${name} said: “${serverMessage}”.` : '';
  const base = (
    code: string,
    kind: Described['kind'],
    retryable: boolean,
    explanation: string,
    action: string,
  ): Described => ({
    code: `${service}.http-${code}`,
    kind,
    retryable,
    explanation: `${explanation}${said}`,
    action,
    known: false,
  });
  const s = httpStatus ?? 0;
  if (s === 401)
    return base(
      '401',
      'auth',
      false,
      `${name} did not accept the credentials.`,
      'Check the account details in Settings → Accounts.',
    );
  if (s === 403)
    return base(
      '403',
      'permission',
      false,
      `${name} refused access.`,
      'Ask your administrator for access, or check the account in Settings → Accounts.',
    );
  if (s === 404)
    return base(
      '404',
      'not-found',
      false,
      `${name} could not find what was asked for.`,
      'Check that the survey or list still exists.',
    );
  if (s === 408)
    return base('408', 'timeout', true, `${name} took too long to answer.`, 'Outpost will try again later.');
  if (s === 429)
    return base(
      '429',
      'rate-limited',
      true,
      `${name} is receiving too many requests from this account.`,
      'Outpost will slow down and try again shortly.',
    );
  if (s >= 500)
    return base(
      String(s),
      'server',
      true,
      `${name} had a problem on its side (HTTP ${s}).`,
      'Outpost will try again later.',
    );
  if (s >= 400)
    return base(
      String(s),
      'invalid-request',
      false,
      `${name} rejected the request (HTTP ${s}).`,
      'If this keeps happening, contact support with the message shown.',
    );
  return base(
    'unexpected',
    'server',
    false,
    `${name} answered in a way Outpost did not expect.`,
    'If this keeps happening, contact support with the message shown.',
  );
}

/** An error message the catalogue does not know, from a service that answered 200 with status "error". */
export function describeUnknownMessage(service: ServiceName, serverMessage: string): Described {
  const name = SERVICE_LABELS[service];
  return {
    code: `${service}.unknown-error`,
    kind: 'invalid-request',
    retryable: false,
    explanation: `${name} reported an error Outpost does not recognise: “${serverMessage}”.`,
    action: 'If this keeps happening, contact support with the message shown.',
    known: false,
  };
}
