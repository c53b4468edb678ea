import { OutboxAgent, type AgentClock } from '../../../common/outbox/outbox-agent';
import { call, subscribe } from '../api/client';
import { database } from '../db/database';
import { outboxStoreFor } from './dexie-outbox-store';
import { useSyncView } from './sync-store';

const systemClock: AgentClock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

/** The app's agent: the IndexedDB outbox, the engine in main through the contract, the view in zustand. */
export function createOutboxAgent(): OutboxAgent {
  return new OutboxAgent({
    store: outboxStoreFor(database),
    deliver: (request) => call('sync.deliver', request),
    engine: {
      state: () => call('sync.state'),
      resume: () => call('sync.resume', {}),
      onState: (listener) => subscribe('sync.state', listener),
    },
    clock: systemClock,
    report: (change) => useSyncView.setState(change),
  });
}
