import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/**
 * The one place where Outpost opens a TLS connection for an HTTPS request or a
 * reachability probe. It receives what Node's https agent would pass to
 * `tls.connect` (host, port, servername, trust) and returns the connected
 * stream; certificate verification is always against the URL's host.
 */
export type Connector = (options: tls.ConnectionOptions) => Duplex;

export const directConnector: Connector = (options) => tls.connect(options);

export interface TcpAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * Every connection goes to one TCP address instead of the URL's host (a relay or
 * fault tool in front of the server); TLS is still negotiated with, and the
 * certificate checked against, the host named in the URL.
 */
export function viaConnector(address: TcpAddress): Connector {
  return (options) => {
    const urlHost = options.servername || options.host || 'localhost';
    return tls.connect({
      ...options,
      host: address.host,
      port: address.port,
      checkServerIdentity: (_relayHost, certificate) => tls.checkServerIdentity(urlHost, certificate),
    });
  };
}

/** `HOST:PORT` (IPv6 in brackets) as given on a command line. */
export function parseTcpAddress(text: string): TcpAddress {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(text.trim());
  const port = match ? Number(match[3]) : NaN;
  const host = match?.[1] ?? match?.[2];
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Expected HOST:PORT, got "${text}"`);
  }
  return { host, port };
}
