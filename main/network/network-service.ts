import type { NetworkStatus, ProxySettings, ProxySignIn } from '../../common/contract';
import type { Logger } from '../logging/logger';
import type { ProxyCredentialsSource } from './connection-routes';
import type { ProxyCredentialStore } from './proxy-credentials';
import { environmentNoProxy, environmentProxy } from './proxy-resolver';
import { DEFAULT_NETWORK_SETTINGS, type NetworkSettingsData, type NetworkSettingsFile } from './network-settings-file';
import { parseProxyUrl, proxyId } from './proxy-decision';

export interface NetworkServiceDependencies {
  file: NetworkSettingsFile;
  credentials: ProxyCredentialStore;
  logger: Logger;
  /** How many CAs the OS store adds, for Settings. */
  systemCertificates: () => number;
  /** The route to the services changed: drop kept connections and let waiting items try again. */
  onRoutesChanged: () => void;
}

/**
 * Settings → Network: which proxy to use and the proxies' sign-ins. It is also
 * what the connection routes ask for the current choice and for credentials,
 * so a change here applies to the very next request.
 */
export class NetworkService implements ProxyCredentialsSource {
  private data: NetworkSettingsData = DEFAULT_NETWORK_SETTINGS;
  private signInNeeded: string | null = null;
  private credentialGeneration = 0;
  private readonly loaded: Promise<void>;

  constructor(private readonly deps: NetworkServiceDependencies) {
    this.loaded = deps.file.load().then((data) => {
      this.data = data;
    });
  }

  async proxySettings(): Promise<ProxySettings> {
    await this.loaded;
    return this.data.proxy;
  }

  async status(): Promise<NetworkStatus> {
    await this.loaded;
    return {
      settings: this.data.proxy,
      environment: { httpsProxy: withoutCredentials(environmentProxy()), noProxy: environmentNoProxy() || null },
      signInNeeded: this.signInNeeded,
      signedIn: [...this.data.signedIn],
      systemCertificates: this.deps.systemCertificates(),
    };
  }

  async save(settings: ProxySettings): Promise<NetworkStatus> {
    await this.persist({ ...this.data, proxy: settings });
    this.signInNeeded = null;
    this.deps.logger.info('proxy settings changed', { mode: settings.mode });
    this.deps.onRoutesChanged();
    return this.status();
  }

  async signIn(input: ProxySignIn): Promise<NetworkStatus> {
    await this.deps.credentials.set(input.proxy, { username: input.username, password: input.password });
    const signedIn = this.data.signedIn.includes(input.proxy)
      ? this.data.signedIn
      : [...this.data.signedIn, input.proxy];
    await this.persist({ ...this.data, signedIn });
    if (this.signInNeeded === input.proxy) this.signInNeeded = null;
    this.credentialGeneration += 1;
    this.deps.logger.info('proxy sign-in kept', { proxy: input.proxy });
    this.deps.onRoutesChanged();
    return this.status();
  }

  async signOut(proxy: string): Promise<NetworkStatus> {
    await this.deps.credentials.delete(proxy);
    await this.persist({ ...this.data, signedIn: this.data.signedIn.filter((id) => id !== proxy) });
    this.credentialGeneration += 1;
    this.deps.onRoutesChanged();
    return this.status();
  }

  async credentialsFor(proxy: string): Promise<{ username: string; password: string } | undefined> {
    await this.loaded;
    if (!this.data.signedIn.includes(proxy)) return undefined;
    return this.deps.credentials.get(proxy);
  }

  signInAsked(proxy: string): void {
    if (this.signInNeeded === proxy) return;
    this.signInNeeded = proxy;
    this.deps.logger.warn('proxy asks for a sign-in', { proxy });
  }

  generation(): number {
    return this.credentialGeneration;
  }

  private async persist(data: NetworkSettingsData): Promise<void> {
    await this.loaded;
    await this.deps.file.save(data);
    this.data = data;
  }
}

/** HTTPS_PROXY as shown in Settings: the address without any user name or password written into it. */
function withoutCredentials(text: string): string | null {
  if (text === '') return null;
  const url = parseProxyUrl(text);
  if (!url) return text.replace(/\/\/[^@/]*@/, '//');
  return `${url.protocol}//${proxyId(url)}`;
}
