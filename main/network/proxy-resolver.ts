import { getProxyForUrl } from 'proxy-from-env';
import type { ProxySettings } from '../../common/contract';
import { DIRECT, fromPacResult, isLoopback, parseProxyUrl, type ProxyDecision } from './proxy-decision';

/**
 * The operating system's proxy for a URL, as Chromium resolves it (system
 * settings, PAC scripts, WPAD): Electron's `session.resolveProxy`. Hosts
 * without Electron answer "DIRECT".
 */
export interface SystemProxyPort {
  resolve(url: string): Promise<string>;
}

export const noSystemProxy: SystemProxyPort = { resolve: () => Promise.resolve('DIRECT') };

/** A PAC script that never answers must not hold delivery up: after this, go direct, as Chromium would. */
const SYSTEM_RESOLVE_TIMEOUT_MS = 5_000;

/**
 * Decides, per request, whether it goes through a proxy and which one:
 * loopback never; then the choice made in Settings; under "system", the
 * HTTPS_PROXY/NO_PROXY environment first (IT set it on purpose), then the
 * operating system's own settings.
 */
export class ProxyResolver {
  constructor(
    private readonly settings: () => Promise<ProxySettings>,
    private readonly system: SystemProxyPort,
    private readonly timeoutMs = SYSTEM_RESOLVE_TIMEOUT_MS,
  ) {}

  async decide(url: URL): Promise<ProxyDecision> {
    if (isLoopback(url.hostname)) return DIRECT;
    const settings = await this.settings();
    switch (settings.mode) {
      case 'direct':
        return DIRECT;
      case 'manual': {
        const proxy = parseProxyUrl(settings.url);
        return proxy ? { kind: 'proxy', proxy, source: 'settings' } : DIRECT;
      }
      case 'system': {
        const fromEnvironment = getProxyForUrl(url);
        if (fromEnvironment !== '') {
          const proxy = parseProxyUrl(fromEnvironment);
          if (proxy) return { kind: 'proxy', proxy, source: 'environment' };
        }
        // NO_PROXY names this host: IT said to go direct, whatever the system says.
        if (environmentProxy() !== '') return DIRECT;
        return fromPacResult(await this.systemAnswer(url));
      }
    }
  }

  private systemAnswer(url: URL): Promise<string> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('DIRECT'), this.timeoutMs);
      this.system.resolve(url.href).then(
        (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
        () => {
          clearTimeout(timer);
          resolve('DIRECT');
        },
      );
    });
  }
}

/** The HTTPS proxy the environment names for every host, before NO_PROXY; '' when none. */
export function environmentProxy(): string {
  const env = process.env;
  return env['https_proxy'] || env['HTTPS_PROXY'] || env['all_proxy'] || env['ALL_PROXY'] || '';
}

export function environmentNoProxy(): string {
  const env = process.env;
  return env['no_proxy'] || env['NO_PROXY'] || '';
}
