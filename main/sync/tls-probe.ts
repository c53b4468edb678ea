import { isLoopbackAddress } from '../../common/accounts/loopback';
import { rootCertificates } from 'node:tls';
import { directConnector, type Connector } from '../connectors/transport/connector';

/**
 * Can we reach this service at all? A TLS handshake with its host, checked
 * like any request but sending none, so it costs no call against a rate limit.
 * It opens its connection the way requests do (the same connector).
 */
export function probeTls(
  url: string,
  extraCaPem: string | undefined,
  timeoutMs = 5_000,
  connector: Connector = directConnector,
): Promise<boolean> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(false);
  }
  // As in the transport: an extra CA never applies to a public host.
  if (extraCaPem && !isLoopbackAddress(target.origin)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const socket = connector({
      host,
      port: target.port === '' ? 443 : Number(target.port),
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
      rejectUnauthorized: true,
      ...(extraCaPem ? { ca: [...rootCertificates, extraCaPem] } : {}),
    });
    const done = (reachable: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reachable);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('secureConnect', () => done(true));
    socket.once('error', () => done(false));
  });
}
