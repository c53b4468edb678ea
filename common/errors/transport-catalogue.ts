import { defineMessages, said, type DeclaredMessage } from '../i18n/phrase';
import { SERVICE_LABELS, type ServiceName } from './kinds';
import { describedWords, type Described } from './catalogue-entry';
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

const m = defineMessages({
  wrongClock: {
    id: 'catalogue.certificate-date.paused',
    defaultMessage:
      'This computer’s date is {date}. {service}’s security certificate is not valid on that date, so Outpost has paused sending to this account and sent nothing.',
  },
  wrongClockAction: {
    id: 'catalogue.certificate-date.paused.action',
    defaultMessage:
      'Correct the date and time on this computer (set them automatically if you can). Outpost goes on by itself once they are right; nothing needs to be sent again by hand.',
  },
  insecureUrl: {
    id: 'catalogue.insecure-url',
    defaultMessage: 'Outpost only talks to {service} over HTTPS; the address starts with http://.',
  },
  insecureUrlAction: {
    id: 'catalogue.insecure-url.action',
    defaultMessage: 'Change the address in Settings → Accounts to start with https://.',
  },
  invalidUrl: { id: 'catalogue.invalid-url', defaultMessage: 'The {service} address is not a valid web address.' },
  invalidUrlAction: { id: 'catalogue.invalid-url.action', defaultMessage: 'Check the address in Settings → Accounts.' },
  certificate: {
    id: 'catalogue.certificate',
    defaultMessage:
      'Outpost could not verify {service}’s security certificate, so it did not send anything. On an office network this usually means a proxy or firewall inspects HTTPS and signs connections with its own certificate, which this computer does not trust.',
  },
  certificateAction: {
    id: 'catalogue.certificate.action',
    defaultMessage:
      'IT: install the inspecting proxy’s root certificate in the Windows certificate store (Local Computer → Trusted Root Certification Authorities) or the macOS System keychain, or exempt this service’s address from HTTPS inspection; then restart Outpost. Elsewhere: check the date and time on this device, and avoid public Wi-Fi that intercepts connections.',
  },
  certificateDate: {
    id: 'catalogue.certificate-date',
    defaultMessage: '{service}’s security certificate is not valid on this computer’s date, so Outpost sent nothing.',
  },
  certificateDateAction: {
    id: 'catalogue.certificate-date.action',
    defaultMessage: 'Check that the date and time on this computer are right. Outpost goes on by itself once they are.',
  },
  interrupted: {
    id: 'catalogue.interrupted',
    defaultMessage: 'The exchange with {service} was cut short: its answer broke off or never came.',
  },
  tryAgain: { id: 'catalogue.try-again.action', defaultMessage: 'Outpost will try again.' },
  network: { id: 'catalogue.network', defaultMessage: 'Outpost could not reach {service}; nothing was sent.' },
  checkConnection: {
    id: 'catalogue.check-connection.action',
    defaultMessage: 'Check the internet connection. Outpost will try again.',
  },
  connectTimeout: {
    id: 'catalogue.connect-timeout',
    defaultMessage: '{service} did not answer the connection in time; nothing was sent.',
  },
  timeout: { id: 'catalogue.timeout', defaultMessage: '{service} took too long to answer.' },
  ambiguousTimeout: {
    id: 'catalogue.ambiguous-timeout',
    defaultMessage:
      '{service} received the data but did not answer in time, so Outpost cannot tell whether it was saved.',
  },
  checkFirst: {
    id: 'catalogue.check-before-sending.action',
    defaultMessage: 'Outpost will check with the server before sending it again.',
  },
  ambiguousNetwork: {
    id: 'catalogue.ambiguous-network',
    defaultMessage:
      'The connection to {service} broke after the data was sent, so Outpost cannot tell whether it was saved.',
  },
  cancelled: { id: 'catalogue.cancelled', defaultMessage: 'The request was cancelled.' },
  nothingToDo: { id: 'catalogue.nothing-to-do.action', defaultMessage: 'Nothing to do.' },
  ambiguousCancelled: {
    id: 'catalogue.ambiguous-cancelled',
    defaultMessage:
      'The request was cancelled after the data reached {service}, so Outpost cannot tell whether it was saved.',
  },
  tooLarge: {
    id: 'catalogue.response-too-large',
    defaultMessage: '{service} sent an answer far larger than expected; Outpost stopped reading it.',
  },
  support: { id: 'catalogue.support.action', defaultMessage: 'If this keeps happening, contact support.' },
  proxyUnreachable: {
    id: 'catalogue.proxy-unreachable',
    defaultMessage: 'Outpost could not reach the proxy server it uses for {service}; nothing was sent.',
  },
  proxyUnreachableAction: {
    id: 'catalogue.proxy-unreachable.action',
    defaultMessage:
      'Check the proxy in Settings → Network (or HTTPS_PROXY), and that this computer is on the office network. Outpost will try again.',
  },
  proxyRefused: {
    id: 'catalogue.proxy-refused',
    defaultMessage: 'The proxy server refused to connect Outpost to {service}; nothing was sent.',
  },
  proxyRefusedAction: {
    id: 'catalogue.proxy-refused.action',
    defaultMessage:
      'IT: allow HTTPS (CONNECT on port 443) to {service}’s address through the proxy, or set a different proxy in Settings → Network. Outpost will try again.',
  },
  proxySignIn: {
    id: 'catalogue.proxy-sign-in',
    defaultMessage:
      'The proxy server asks for a user name and password before it lets Outpost reach {service}; nothing was sent.',
  },
  proxySignInAction: {
    id: 'catalogue.proxy-sign-in.action',
    defaultMessage: 'Open Settings → Network and sign in to the proxy. Outpost will try again.',
  },
  unexpectedResponse: {
    id: 'catalogue.unexpected-response',
    defaultMessage: '{service} answered in a form Outpost did not expect.',
  },
  supportWithMessage: {
    id: 'catalogue.support-with-message.action',
    defaultMessage: 'If this keeps happening, contact support with the message shown.',
  },
  ambiguousUnexpected: {
    id: 'catalogue.ambiguous-unexpected-response',
    defaultMessage:
      '{service} accepted the data but its answer was not in the expected form, so Outpost cannot confirm what was saved.',
  },
});

/**
 * The account-wide message when every handshake fails on the certificate's dates:
 * it names the laptop's date, which is almost always what is wrong.
 */
export function describeWrongClock(service: ServiceName, laptopNow: Date): Described {
  return {
    code: `${service}.certificate-date`,
    kind: 'network',
    retryable: true,
    ...describedWords(
      said(m.wrongClock, { service: SERVICE_LABELS[service], date: { instant: laptopNow.getTime() } }),
      said(m.wrongClockAction),
    ),
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
    words: described.words,
    known: true,
  };
}

type Sentences = readonly [
  kind: Described['kind'],
  retryable: boolean,
  explanation: DeclaredMessage,
  action: DeclaredMessage,
];

const PROBLEMS: Readonly<Record<TransportProblem, Sentences>> = {
  'insecure-url': ['invalid-request', false, m.insecureUrl, m.insecureUrlAction],
  'invalid-url': ['invalid-request', false, m.invalidUrl, m.invalidUrlAction],
  certificate: ['network', false, m.certificate, m.certificateAction],
  'certificate-date': ['network', true, m.certificateDate, m.certificateDateAction],
  interrupted: ['server', true, m.interrupted, m.tryAgain],
  network: ['network', true, m.network, m.checkConnection],
  'connect-timeout': ['timeout', true, m.connectTimeout, m.checkConnection],
  timeout: ['timeout', true, m.timeout, m.tryAgain],
  'ambiguous-timeout': ['ambiguous-outcome', true, m.ambiguousTimeout, m.checkFirst],
  'ambiguous-network': ['ambiguous-outcome', true, m.ambiguousNetwork, m.checkFirst],
  cancelled: ['cancelled', true, m.cancelled, m.nothingToDo],
  'ambiguous-cancelled': ['ambiguous-outcome', true, m.ambiguousCancelled, m.checkFirst],
  'response-too-large': ['server', false, m.tooLarge, m.support],
  'proxy-unreachable': ['network', true, m.proxyUnreachable, m.proxyUnreachableAction],
  'proxy-refused': ['network', true, m.proxyRefused, m.proxyRefusedAction],
  'proxy-sign-in': ['network', true, m.proxySignIn, m.proxySignInAction],
  'unexpected-response': ['server', false, m.unexpectedResponse, m.supportWithMessage],
  'ambiguous-unexpected-response': ['ambiguous-outcome', true, m.ambiguousUnexpected, m.checkFirst],
};

export function describeTransportProblem(service: ServiceName, problem: TransportProblem): Described {
  const [kind, retryable, explanation, action] = PROBLEMS[problem];
  const values = { service: SERVICE_LABELS[service] };
  return {
    code: `${service}.${problem}`,
    kind,
    retryable,
    ...describedWords(said(explanation, values), said(action, values)),
    known: true,
  };
}
