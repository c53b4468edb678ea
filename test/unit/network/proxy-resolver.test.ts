import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProxySettings } from '../../../common/contract';
import { fromPacResult, isLoopback } from '../../../main/network/proxy-decision';
import { ProxyResolver, type SystemProxyPort } from '../../../main/network/proxy-resolver';

const system = (answer: string): SystemProxyPort & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    resolve: (url) => {
      asked.push(url);
      return Promise.resolve(answer);
    },
  };
};
const settings = (value: ProxySettings) => () => Promise.resolve(value);
const target = new URL('https://api.questionpro.com/a/api/v2/surveys/1/responses');

afterEach(() => vi.unstubAllEnvs());

function clearProxyEnvironment(): void {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'])
    vi.stubEnv(name, '');
}

describe('proxy decisions', () => {
  it('never sends loopback through a proxy, whatever is configured', async () => {
    clearProxyEnvironment();
    vi.stubEnv('HTTPS_PROXY', 'http://proxy.corp:8080');
    const resolver = new ProxyResolver(
      settings({ mode: 'manual', url: 'http://proxy.corp:3128' }),
      system('PROXY a:1'),
    );
    for (const host of [
      'https://127.0.0.1:9443/x',
      'https://localhost/x',
      'https://[::1]:8443/x',
      'https://127.8.0.1/',
    ]) {
      expect(await resolver.decide(new URL(host))).toEqual({ kind: 'direct' });
    }
    expect(isLoopback('example.org')).toBe(false);
    expect(isLoopback('10.0.0.1')).toBe(false);
  });

  it('uses the proxy set in Settings over the environment and the system', async () => {
    clearProxyEnvironment();
    vi.stubEnv('HTTPS_PROXY', 'http://env-proxy:8080');
    const os = system('PROXY pac-proxy:3128');
    const decision = await new ProxyResolver(settings({ mode: 'manual', url: 'http://proxy.corp:3128' }), os).decide(
      target,
    );
    expect(decision).toMatchObject({ kind: 'proxy', source: 'settings' });
    expect(decision.kind === 'proxy' && decision.proxy.host).toBe('proxy.corp:3128');
    expect(os.asked).toEqual([]);
  });

  it('goes direct when Settings says no proxy', async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://env-proxy:8080');
    expect(await new ProxyResolver(settings({ mode: 'direct' }), system('PROXY p:1')).decide(target)).toEqual({
      kind: 'direct',
    });
  });

  it('under "system", HTTPS_PROXY wins and NO_PROXY exempts hosts without asking the system', async () => {
    clearProxyEnvironment();
    vi.stubEnv('HTTPS_PROXY', 'http://env-proxy:8080');
    vi.stubEnv('NO_PROXY', '.internal.example,api.questionpro.eu');
    const os = system('PROXY pac-proxy:3128');
    const resolver = new ProxyResolver(settings({ mode: 'system' }), os);
    const decision = await resolver.decide(target);
    expect(decision).toMatchObject({ kind: 'proxy', source: 'environment' });
    expect(decision.kind === 'proxy' && decision.proxy.host).toBe('env-proxy:8080');
    expect(await resolver.decide(new URL('https://api.questionpro.eu/x'))).toEqual({ kind: 'direct' });
    expect(await resolver.decide(new URL('https://qmob.internal.example/x'))).toEqual({ kind: 'direct' });
    expect(os.asked).toEqual([]);
  });

  it('under "system" without environment variables, follows the OS (PAC/WPAD) answer', async () => {
    clearProxyEnvironment();
    const os = system('PROXY pac-proxy.corp:3128; DIRECT');
    const decision = await new ProxyResolver(settings({ mode: 'system' }), os).decide(target);
    expect(decision).toMatchObject({ kind: 'proxy', source: 'system' });
    expect(decision.kind === 'proxy' && decision.proxy.href).toBe('http://pac-proxy.corp:3128/');
    expect(os.asked).toEqual([target.href]);
  });

  it('goes direct when the OS resolver fails or never answers, as Chromium falls back', async () => {
    clearProxyEnvironment();
    const failing: SystemProxyPort = { resolve: () => Promise.reject(new Error('PAC script threw')) };
    expect(await new ProxyResolver(settings({ mode: 'system' }), failing).decide(target)).toEqual({ kind: 'direct' });
    const silent: SystemProxyPort = { resolve: () => new Promise(() => undefined) };
    expect(await new ProxyResolver(settings({ mode: 'system' }), silent, 20).decide(target)).toEqual({
      kind: 'direct',
    });
  });

  it('reads PAC answers: first usable entry, HTTPS proxies, SOCKS skipped, nothing usable means direct', () => {
    expect(fromPacResult('DIRECT')).toEqual({ kind: 'direct' });
    expect(fromPacResult('SOCKS5 s:1080; PROXY p:8080')).toMatchObject({ kind: 'proxy' });
    const https = fromPacResult('HTTPS secure-proxy:443');
    expect(https.kind === 'proxy' && https.proxy.protocol).toBe('https:');
    expect(fromPacResult('SOCKS s:1080')).toEqual({ kind: 'direct' });
    expect(fromPacResult('')).toEqual({ kind: 'direct' });
  });
});
