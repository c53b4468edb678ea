import { isIP } from 'node:net';

/** Where one request goes: straight to its host, or through an HTTP(S) proxy with CONNECT. */
export type ProxyDecision =
  | { readonly kind: 'direct' }
  | { readonly kind: 'proxy'; readonly proxy: URL; readonly source: ProxySource };

export type ProxySource = 'settings' | 'environment' | 'system';

export const DIRECT: ProxyDecision = { kind: 'direct' };

/** `host:port` of a proxy: what its credentials are kept for and what Settings shows. */
export function proxyId(proxy: URL): string {
  const port = proxy.port === '' ? (proxy.protocol === 'https:' ? '443' : '80') : proxy.port;
  return `${proxy.hostname}:${port}`;
}

/** Loopback never goes through a proxy: a proxy elsewhere cannot reach this computer's own servers. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./.test(host);
  return false;
}

/**
 * A proxy address from the environment or from the system, as a URL we can
 * use; undefined for anything that is not plain HTTP(S) CONNECT proxying.
 */
export function parseProxyUrl(text: string): URL | undefined {
  const withScheme = text.includes('://') ? text : `http://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.hostname === '') return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/**
 * Chromium's answer to "which proxy for this URL" (what a PAC script returns):
 * "PROXY host:port; HTTPS host:port; SOCKS5 host:port; DIRECT". The first entry
 * we can use wins; SOCKS is skipped (Outpost speaks HTTP CONNECT only) and an
 * answer with nothing usable means direct, as Chromium itself falls back.
 */
export function fromPacResult(result: string): ProxyDecision {
  for (const entry of result.split(';')) {
    const [keyword = '', address = ''] = entry.trim().split(/\s+/);
    const kind = keyword.toUpperCase();
    if (kind === 'DIRECT') return DIRECT;
    if (kind !== 'PROXY' && kind !== 'HTTPS') continue;
    const proxy = parseProxyUrl(`${kind === 'HTTPS' ? 'https' : 'http'}://${address}`);
    if (proxy) return { kind: 'proxy', proxy, source: 'system' };
  }
  return DIRECT;
}
