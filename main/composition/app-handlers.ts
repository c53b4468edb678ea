import type { Handlers } from '../ipc/dispatcher';
import type { AppInfoService } from '../services/app-info-service';
import type { NetworkStatusService } from '../services/network-status-service';

export function createAppHandlers(
  appInfo: AppInfoService,
  network: NetworkStatusService,
): Pick<Handlers, 'app.info' | 'app.status'> {
  return {
    'app.info': () => appInfo.info(),
    'app.status': () => network.status(),
  };
}
