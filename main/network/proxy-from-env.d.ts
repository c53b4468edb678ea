declare module 'proxy-from-env' {
  /** The proxy for a URL from HTTPS_PROXY/ALL_PROXY, or '' when NO_PROXY says to go direct or none is set. */
  export function getProxyForUrl(url: string | URL): string;
}
