import type { Result } from '../result';
import type { EventName, OperationName } from './names';
import type { EventPayload } from './events';
import type { OperationInput, OperationOutput } from './operations';

/**
 * What the preload (Electron) or the bridge script (browser host) puts on
 * `window.outpost`: one named function per operation, plus event subscription.
 */
export type OutpostOperations = {
  readonly [N in OperationName]: (input: OperationInput<N>) => Promise<Result<OperationOutput<N>>>;
};

export interface OutpostBridge {
  readonly operations: OutpostOperations;
  /** Returns a function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
