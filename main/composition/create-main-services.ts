import type { AppInfo } from '../../common/contract';
import type { EventPublisher } from '../events/publisher';
import { ContractDispatcher, type Handlers } from '../ipc/dispatcher';
import type { SenderPolicy } from '../ipc/sender-policy';
import type { Logger } from '../logging/logger';
import { createAppHandlers } from './app-handlers';
import { AppInfoService } from '../services/app-info-service';
import { NetworkStatusService, type Ticker } from '../services/network-status-service';

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
  ticker?: Ticker;
}

export interface MainServices {
  appInfo: AppInfoService;
  network: NetworkStatusService;
  dispatcher: ContractDispatcher;
  dispose(): void;
}

/**
 * The services behind the contract, wired the same way for the Electron shell
 * and for the browser host: what differs between them is only the environment.
 */
export function createMainServices(environment: MainEnvironment): MainServices {
  const appInfo = new AppInfoService(environment);
  const network = new NetworkStatusService(environment.isOnline, environment.publisher, environment.ticker);

  // One entry per feature; the Handlers type makes a forgotten operation a compile error.
  const handlers: Handlers = {
    ...createAppHandlers(appInfo, network),
  };

  const dispatcher = new ContractDispatcher(handlers, environment.senderPolicy, environment.logger);
  network.watch();
  return {
    appInfo,
    network,
    dispatcher,
    dispose: () => network.dispose(),
  };
}
