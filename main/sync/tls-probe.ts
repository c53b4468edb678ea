import { isLoopbackAddress } from '../../common/accounts/loopback';
import { connect } from 'node:tls';
import { rootCertificates } from 'node:tls';

/**
 * Can we reach this service at all? A TLS handshake with its host, checked
 * like any request but sending none, so it costs no call against a rate limit.
 */
export function probeTls(url: string, extraCaPem: string | undefined, timeoutMs = 5_000): Promise<boolean> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(false);
  }
  // As in the transport: an extra CA never applies to a public host.
  if (extraCaPem && !isLoopbackAddress(target.origin)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = connect({
      host: target.hostname,
      port: target.port === '' ? 443 : Number(target.port),
      servername: /^[\d.]+$/.test(target.hostname) ? undefined : target.hostname,
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
