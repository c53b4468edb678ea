import type { EventName, EventPayload, OperationInput, OperationName, OperationOutput } from '../../../common/contract';
import { defineMessages, said } from '../../../common/i18n/phrase';
import { failSaying, type Result } from '../../../common/result';

const words = defineMessages({
  bridgeMissing: {
    id: 'error.bridge-unavailable',
    defaultMessage: 'Outpost cannot reach its background service. Please restart Outpost.',
  },
});

const bridgeMissing = failSaying('bridge-unavailable', said(words.bridgeMissing));

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
