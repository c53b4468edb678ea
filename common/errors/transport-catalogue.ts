import { SERVICE_LABELS, type ServiceName } from './kinds';
import type { Described } from './catalogue-entry';
import type { ServiceError } from './service-error';

/**
 * Failures that happen around a request rather than in a server's answer. The
 * split between "not sent" and "outcome unknown" matters to delivery: only the
 * first may be re-sent blindly.
 */
/** What the transport itself can report about one exchange. */
export type TransportFailureCode =
  | 'insecure-url'
  | 'invalid-url'
  | 'certificate'
  | 'network'
  | 'connect-timeout'
  | 'timeout'
  | 'cancelled'
  | 'response-too-large'
  | 'proxy-unreachable'
  | 'proxy-refused'
  | 'proxy-sign-in';

/**
 * A proxy that answered and said no (policy, or a sign-in it wants) is not "out
 * of reach": the item should carry its explanation instead of waiting quietly.
 */
export function isProxyRefusal(code: string): boolean {
  return code.endsWith('.proxy-refused') || code.endsWith('.proxy-sign-in');
}

/** The same, as delivery sees it: after a create was sent, a failure leaves its outcome unknown. */
export type TransportProblem =
  | TransportFailureCode
  /** The certificate is not valid on this computer's date (not yet valid, or expired): usually the clock is wrong. */
  | 'certificate-date'
  /** A request that is safe to repeat was cut short after it went out (reset, stalled or missing answer). */
  | 'interrupted'
  | 'ambiguous-timeout'
  | 'ambiguous-network'
  | 'ambiguous-cancelled'
  | 'unexpected-response'
  | 'ambiguous-unexpected-response';

/**
 * The account-wide message when every handshake fails on the certificate's dates:
 * it names the laptop's date, which is almost always what is wrong.
 */
export function describeWrongClock(service: ServiceName, laptopNow: Date): Described {
  const name = SERVICE_LABELS[service];
  const date = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(laptopNow);
  return {
    code: `${service}.certificate-date`,
    kind: 'network',
    retryable: true,
    explanation: `This computer’s date is ${date}. ${name}’s security certificate is not valid on that date, so Outpost has paused sending to this account and sent nothing.`,
    action:
      'Correct the date and time on this computer (set them automatically if you can). Outpost goes on by itself once they are right; nothing needs to be sent again by hand.',
    known: true,
  };
}

/** The error an account is paused with while the computer's date is wrong. */
export function wrongClockError(service: ServiceName, laptopNow: Date): ServiceError {
  const described = describeWrongClock(service, laptopNow);
  return {
    code: described.code,
    message: described.explanation,
    details: [described.action],
    service,
    kind: described.kind,
    retryable: described.retryable,
    action: described.action,
    known: true,
  };
}

export function describeTransportProblem(service: ServiceName, problem: TransportProblem): Described {
  const name = SERVICE_LABELS[service];
  const d = (kind: Described['kind'], retryable: boolean, explanation: string, action: string): Described => ({
    code: `${service}.${problem}`,
    kind,
    retryable,
    explanation,
    action,
    known: true,
  });
  switch (problem) {
    case 'insecure-url':
      return d(
        'invalid-request',
        false,
        `Outpost only talks to ${name} over HTTPS; the address starts with http://.`,
        'Change the address in Settings → Accounts to start with https://.',
      );
    case 'invalid-url':
      return d(
        'invalid-request',
        false,
        `The ${name} address is not a valid web address.`,
        'Check the address in Settings → Accounts.',
      );
    case 'certificate':
      return d(
        'network',
        false,
        `Outpost could not verify ${name}’s security certificate, so it did not send anything. On an office network this usually means a proxy or firewall inspects HTTPS and signs connections with its own certificate, which this computer does not trust.`,
        'IT: install the inspecting proxy’s root certificate in the Windows certificate store (Local Computer → Trusted Root Certification Authorities) or the macOS System keychain, or exempt this service’s address from HTTPS inspection; then restart Outpost. Elsewhere: check the date and time on this device, and avoid public Wi-Fi that intercepts connections.',
      );
    case 'certificate-date':
      return d(
        'network',
        true,
        `${name}’s security certificate is not valid on this computer’s date, so Outpost sent nothing.`,
        'Check that the date and time on this computer are right. Outpost goes on by itself once they are.',
      );
    case 'interrupted':
      return d(
        'server',
        true,
        `The exchange with ${name} was cut short: its answer broke off or never came.`,
        'Outpost will try again.',
      );
    case 'network':
      return d(
        'network',
        true,
        `Outpost could not reach ${name}; nothing was sent.`,
        'Check the internet connection. Outpost will try again.',
      );
    case 'connect-timeout':
      return d(
        'timeout',
        true,
        `${name} did not answer the connection in time; nothing was sent.`,
        'Check the internet connection. Outpost will try again.',
      );
    case 'timeout':
      return d('timeout', true, `${name} took too long to answer.`, 'Outpost will try again.');
    case 'ambiguous-timeout':
      return d(
        'ambiguous-outcome',
        true,
        `${name} received the data but did not answer in time, so Outpost cannot tell whether it was saved.`,
        'Outpost will check with the server before sending it again.',
      );
    case 'ambiguous-network':
      return d(
        'ambiguous-outcome',
        true,
        `The connection to ${name} broke after the data was sent, so Outpost cannot tell whether it was saved.`,
        'Outpost will check with the server before sending it again.',
      );
    case 'cancelled':
      return d('cancelled', true, 'The request was cancelled.', 'Nothing to do.');
    case 'ambiguous-cancelled':
      return d(
        'ambiguous-outcome',
        true,
        `The request was cancelled after the data reached ${name}, so Outpost cannot tell whether it was saved.`,
        'Outpost will check with the server before sending it again.',
      );
    case 'response-too-large':
      return d(
        'server',
        false,
        `${name} sent an answer far larger than expected; Outpost stopped reading it.`,
        'If this keeps happening, contact support.',
      );
    case 'proxy-unreachable':
      return d(
        'network',
        true,
        `Outpost could not reach the proxy server it uses for ${name}; nothing was sent.`,
        'Check the proxy in Settings → Network (or HTTPS_PROXY), and that this computer is on the office network. Outpost will try again.',
      );
    case 'proxy-refused':
      return d(
        'network',
        true,
        `The proxy server refused to connect Outpost to ${name}; nothing was sent.`,
        `IT: allow HTTPS (CONNECT on port 443) to ${name}’s address through the proxy, or set a different proxy in Settings → Network. Outpost will try again.`,
      );
    case 'proxy-sign-in':
      return d(
        'network',
        true,
        `The proxy server asks for a user name and password before it lets Outpost reach ${name}; nothing was sent.`,
        'Open Settings → Network and sign in to the proxy. Outpost will try again.',
      );
    case 'unexpected-response':
      return d(
        'server',
        false,
        `${name} answered in a form Outpost did not expect.`,
        'If this keeps happening, contact support with the message shown.',
      );
    case 'ambiguous-unexpected-response':
      return d(
        'ambiguous-outcome',
        true,
        `${name} accepted the data but its answer was not in the expected form, so Outpost cannot confirm what was saved.`,
        'Outpost will check with the server before sending it again.',
      );
  }
}
