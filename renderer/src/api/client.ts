import type { EventName, EventPayload, OperationInput, OperationName, OperationOutput } from '../../../common/contract';
import type { Result } from '../../../common/result';
import { bridgeMissing } from './bridge-missing';

/** Operations that take no input can be called without one. */
type InputArgs<N extends OperationName> =
  Record<never, never> extends OperationInput<N> ? [input?: OperationInput<N>] : [input: OperationInput<N>];

/** The renderer's only way to main: typed by the contract, always answering with an envelope. */
export async function call<N extends OperationName>(
  name: N,
  ...args: InputArgs<N>
): Promise<Result<OperationOutput<N>>> {
  const bridge = window.outpost;
  if (!bridge) return bridgeMissing;
  const operation = bridge.operations[name] as (input: OperationInput<N>) => Promise<Result<OperationOutput<N>>>;
  try {
    return await operation((args[0] ?? {}) as OperationInput<N>);
  } catch {
    return bridgeMissing;
  }
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const bridge = window.outpost;
  if (!bridge) return () => undefined;
  return bridge.on(event, listener);
}
