import { join } from 'node:path';
import type { Logger, Redactor } from '../logging/logger';
import type { SecretStore } from '../secrets/secret-store';
import { ProxyConnectionRoutes } from './connection-routes';
import { NetworkService } from './network-service';
import { NetworkSettingsFile } from './network-settings-file';
import { ProxyCredentialStore } from './proxy-credentials';
import { ProxyResolver, type SystemProxyPort } from './proxy-resolver';
import { RouteProbe } from './route-probe';
import { TrustStore } from './trust-store';

export interface NetworkEnvironment {
  dataFolder: string;
  secrets: SecretStore;
  redactor?: Redactor;
  logger: Logger;
  systemProxy: SystemProxyPort;
  systemCertificates?: () => readonly string[];
  onRoutesChanged: () => void;
}

/** The corporate-network pieces, wired together: settings, sign-ins, proxy decisions, trust, probes. */
export function createNetwork(environment: NetworkEnvironment) {
  const trust = new TrustStore(environment.systemCertificates);
  const service = new NetworkService({
    file: new NetworkSettingsFile(join(environment.dataFolder, 'network.json')),
    credentials: new ProxyCredentialStore(environment.secrets, environment.redactor),
    logger: environment.logger,
    systemCertificates: () => trust.systemCount(),
    onRoutesChanged: () => {
      // Called only after construction, when Settings change.
      routes.close();
      environment.onRoutesChanged();
    },
  });
  const resolver = new ProxyResolver(() => service.proxySettings(), environment.systemProxy);
  const routes = new ProxyConnectionRoutes(resolver, trust, service);
  const probe = new RouteProbe(resolver, trust, service);
  return { service, routes, probe, resolver };
}
