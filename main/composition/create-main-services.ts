import { join } from 'node:path';
import type { Account } from '../../common/accounts/index';
import type { AppInfo, KeychainStatus } from '../../common/contract';
import { secretNeeded, secretStored } from '../accounts/secret-needed';
import type { RunningPracticeServer } from '../../sandbox/services/practice-server';
import { AccountsService } from '../accounts/accounts-service';
import { ClientFactory } from '../accounts/client-factory';
import { FileCallHistory } from '../connectors/limits/file-call-history';
import {
  QUESTIONPRO_RATE_LIMIT,
  RateLimiterRegistry,
  SlidingWindowRateLimiter,
} from '../connectors/limits/rate-limiter';
import { HttpsTransport } from '../connectors/transport/https-transport';
import { createNetwork } from '../network/create-network';
import type { NetworkService } from '../network/network-service';
import { noSystemProxy, type SystemProxyPort } from '../network/proxy-resolver';
import type { EventPublisher } from '../events/publisher';
import { ContractDispatcher, type Handlers } from '../ipc/dispatcher';
import type { SenderPolicy } from '../ipc/sender-policy';
import { Redactor, type Logger } from '../logging/logger';
import { RedactingSecretStore } from '../secrets/redacting-secret-store';
import { PracticeService } from '../practice/practice-service';
import type { SecretStore } from '../secrets/secret-store';
import { AppInfoService } from '../services/app-info-service';
import { NetworkStatusService, type Ticker } from '../services/network-status-service';
import { AccountDeliveryClients } from '../sync/account-delivery-clients';
import { DeliveryScheduler } from '../sync/scheduler';
import { createAccountHandlers } from './account-handlers';
import { createAppHandlers } from './app-handlers';
import { createDeliverers } from './deliverers';
import { createNetworkHandlers } from './network-handlers';
import { createUpdateHandlers } from './update-handlers';
import { createDiagnosticsHandlers } from './diagnostics-handlers';
import { DiagnosticsService } from '../diagnostics/diagnostics-service';
import type { UpdatePolicy } from '../updates/update-policy';
import { UpdateService } from '../updates/update-service';
import type { UpdaterPort } from '../updates/updater-port';
import { createSurveyHandlers } from './survey-handlers';
import { createSyncHandlers } from './sync-handlers';
import { createVaultHandlers } from './vault-handlers';
import { VaultService } from '../vault/vault-service';

/** Everything the services need from the world around them; Electron and the browser host each provide one. */
export interface MainEnvironment {
  name: string;
  version: string;
  platform: string;
  dataFolder: string;
  host: AppInfo['host'];
  isOnline: () => boolean;
  publisher: EventPublisher;
  logger: Logger;
  senderPolicy: SenderPolicy;
  secrets: SecretStore;
  /** Learns every secret that passes through, so the logger can hide it. */
  redactor?: Redactor;
  /** Where secrets are kept, and the user's consent to a store that forgets at restart. */
  keychain: { status(): KeychainStatus; useSessionStore(): KeychainStatus };
  /** Starts the Practice workspace's services on loopback. */
  startPracticeServer: () => Promise<RunningPracticeServer>;
  /** Where the data key is kept: a store that survives restarts (the OS keychain), or null where there is none. */
  dataKeyStore: () => SecretStore | null;
  syncConcurrency?: number;
  /** Delivery verification periods (common/outbox/verification.ts); shorter only in tests. */
  verifyQuietMs?: number;
  verifyAgainMs?: number;
  ticker?: Ticker;
  /** The OS proxy for a URL (Electron's session.resolveProxy: system settings, PAC, WPAD); none in Node. */
  systemProxy?: SystemProxyPort;
  /** CAs the OS trusts beyond Node's bundled list; read from the OS store by default. */
  systemCertificates?: () => readonly string[];
  /** The update policy and the updater (electron-updater in the packaged app); off without them. */
  updates?: { policy: UpdatePolicy; updater: UpdaterPort | undefined };
  /** What "Save diagnostics" reads: Outpost's log files and the crash dumps folder (only counted). */
  diagnostics?: { logFiles: readonly string[]; crashDumpsFolder?: string };
  /** THIRD-PARTY-NOTICES.txt as generated at build, for the About screen. */
  noticesFile?: string;
}

export interface MainServices {
  appInfo: AppInfoService;
  network: NetworkStatusService;
  accounts: AccountsService;
  practice: PracticeService;
  engine: DeliveryScheduler;
  proxies: NetworkService;
  updates: UpdateService;
  dispatcher: ContractDispatcher;
  dispose(): Promise<void>;
}

/** QuestionPro's documented limit, per key: 300 calls per 60 s. */
const QUESTIONPRO_CALLS_PER_SECOND = 300 / 60;

/**
 * The services behind the contract, wired the same way for the Electron shell
 * and for the browser host: what differs between them is only the environment.
 */
export function createMainServices(environment: MainEnvironment): MainServices {
  const { logger, publisher } = environment;
  const appInfo = new AppInfoService(environment);
  const network = new NetworkStatusService(environment.isOnline, publisher, environment.ticker);
  const secrets = environment.redactor
    ? new RedactingSecretStore(environment.secrets, environment.redactor)
    : environment.secrets;
  // Settings → Network: a changed proxy or sign-in lets every waiting account try again at once.
  let onRoutesChanged = (): void => undefined;
  const corporateNetwork = createNetwork({
    dataFolder: environment.dataFolder,
    secrets,
    ...(environment.redactor ? { redactor: environment.redactor } : {}),
    logger,
    systemProxy: environment.systemProxy ?? noSystemProxy,
    ...(environment.systemCertificates ? { systemCertificates: environment.systemCertificates } : {}),
    onRoutesChanged: () => onRoutesChanged(),
  });
  const transport = new HttpsTransport({ appVersion: environment.version, logger, routes: corporateNetwork.routes });
  // One budget per QuestionPro key, its file named by the key's fingerprint (never the key).
  const limiters = new RateLimiterRegistry(
    (fingerprint) =>
      new SlidingWindowRateLimiter(
        QUESTIONPRO_RATE_LIMIT,
        undefined,
        new FileCallHistory(join(environment.dataFolder, 'rate-limits', `${fingerprint}.json`)),
      ),
  );
  const accounts = new AccountsService({
    dataDir: environment.dataFolder,
    secrets,
    clients: new ClientFactory(transport, limiters),
    logger,
  });
  const redactor = environment.redactor;
  const vault = new VaultService({
    dataFolder: environment.dataFolder,
    keyStore: () => {
      const store = environment.dataKeyStore();
      return store && redactor ? new RedactingSecretStore(store, redactor) : store;
    },
    logger,
  });
  const practice = new PracticeService({ accounts, startServer: environment.startPracticeServer, logger });
  const deliveryClients = new AccountDeliveryClients(
    accounts,
    () => practice.ensureRunning(),
    undefined,
    (url, extraCaPem) => corporateNetwork.probe.probe(url, extraCaPem),
  );
  const engine = new DeliveryScheduler({
    deliverers: createDeliverers(deliveryClients, logger),
    probe: (accountId) => deliveryClients.probe(accountId),
    publisher,
    logger,
    isOnline: () => network.status().online,
    allowedCallsPerSecond: QUESTIONPRO_CALLS_PER_SECOND,
    ...(environment.syncConcurrency !== undefined ? { concurrency: environment.syncConcurrency } : {}),
    ...(environment.verifyQuietMs !== undefined ? { verifyQuietMs: environment.verifyQuietMs } : {}),
    ...(environment.verifyAgainMs !== undefined ? { verifyAgainMs: environment.verifyAgainMs } : {}),
  });

  // An account whose secret was cleared (its address changed) waits, paused, until the secret is entered again.
  const onCredentialsChanged = (account: Account): void => {
    deliveryClients.forget(account.id);
    if (secretStored(account)) engine.resume(account.id);
    else engine.holdAccount(account.id, secretNeeded(account));
  };
  onRoutesChanged = () => {
    void accounts.list().then((listed) => {
      if (listed.ok) for (const account of listed.value) engine.resume(account.id);
    });
  };

  const updates = new UpdateService({
    policy: environment.updates?.policy ?? { enabled: false, offReason: 'not-installed' },
    updater: environment.updates?.updater,
    deliveryRunning: () => engine.state().inFlight > 0,
    publisher,
    logger,
  });

  const diagnostics = new DiagnosticsService({
    appName: environment.name,
    appVersion: environment.version,
    redactor: environment.redactor ?? new Redactor(),
    logFiles: environment.diagnostics?.logFiles ?? [],
    crashDumpsFolder: environment.diagnostics?.crashDumpsFolder,
    accounts: async () => {
      const listed = await accounts.list();
      return listed.ok ? listed.value : [];
    },
    network: () => corporateNetwork.service.status(),
    updates: () => updates.current(),
    keychain: () => environment.keychain.status(),
    sync: () => engine.state(),
  });

  // One entry per feature; the Handlers type makes a forgotten operation a compile error.
  const handlers: Handlers = {
    ...createAppHandlers(appInfo, network),
    ...createAccountHandlers(accounts, practice, onCredentialsChanged),
    ...createSyncHandlers(engine),
    ...createSurveyHandlers({ accounts, ensurePractice: () => practice.ensureRunning() }),
    ...createNetworkHandlers(corporateNetwork.service),
    ...createUpdateHandlers(updates),
    ...createDiagnosticsHandlers(diagnostics, environment.noticesFile),
    'secrets.status': () => environment.keychain.status(),
    'secrets.useSessionStore': () => environment.keychain.useSessionStore(),
    ...createVaultHandlers(vault),
  };

  const dispatcher = new ContractDispatcher(handlers, environment.senderPolicy, logger);
  network.watch();
  return {
    appInfo,
    network,
    accounts,
    practice,
    engine,
    proxies: corporateNetwork.service,
    updates,
    dispatcher,
    dispose: async () => {
      engine.dispose();
      network.dispose();
      updates.dispose();
      limiters.flush();
      transport.close();
      corporateNetwork.routes.close();
      await practice.dispose();
    },
  };
}
