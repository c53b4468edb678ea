import type { Handlers } from '../ipc/dispatcher';
import type { DeliveryScheduler } from '../sync/scheduler';

export function createSyncHandlers(
  engine: DeliveryScheduler,
): Pick<Handlers, 'sync.deliver' | 'sync.state' | 'sync.pause' | 'sync.resume'> {
  return {
    'sync.deliver': (request) => engine.deliver(request),
    'sync.state': () => engine.state(),
    'sync.pause': () => engine.pause(),
    'sync.resume': ({ accountId }) => engine.resume(accountId),
  };
}
