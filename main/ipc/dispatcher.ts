import {
  isOperationName,
  operations,
  type OperationName,
  type OperationOutput,
  type ParsedOperationInput,
} from '../../common/contract';
import { fail, failWith, ok, type Result } from '../../common/result';
import type { Logger } from '../logging/logger';
import { OperationError } from './operation-error';
import type { SenderIdentity, SenderPolicy } from './sender-policy';
import { issuesInWords } from '../../common/zod-words';

export type Handler<N extends OperationName> = (
  input: ParsedOperationInput<N>,
) => Promise<OperationOutput<N>> | OperationOutput<N>;

/** One handler per operation: a missing or misspelt one is a compile error. */
export type Handlers = { readonly [N in OperationName]: Handler<N> };

/**
 * Binds the contract to handlers, independent of the transport: Electron's
 * ipcMain and the browser host's WebSocket both call `dispatch`. Every call is
 * checked for its sender, its input is parsed with the contract's schema, and
 * whatever happens comes back as an envelope.
 */
export class ContractDispatcher {
  constructor(
    private readonly handlers: Handlers,
    private readonly senderPolicy: SenderPolicy,
    private readonly log: Logger,
  ) {}

  async dispatch(name: unknown, rawInput: unknown, sender: SenderIdentity): Promise<Result<unknown>> {
    if (!this.senderPolicy.isTrusted(sender)) {
      this.log.warn('Refused a call from an untrusted sender', {
        operation: echoed(String(name)),
        url: echoed(sender.url),
      });
      return fail('forbidden-sender', 'This request did not come from the Outpost window and was refused.');
    }
    if (!isOperationName(name)) {
      return fail('unknown-operation', `Outpost does not know the operation "${echoed(String(name))}".`);
    }
    return this.run(name, rawInput);
  }

  private async run<N extends OperationName>(name: N, rawInput: unknown): Promise<Result<unknown>> {
    const spec = operations[name];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return fail('invalid-input', `The request "${name}" was not valid.`, issuesInWords(parsed.error));
    }
    try {
      const handler = this.handlers[name] as Handler<N>;
      const value = await handler(parsed.data as ParsedOperationInput<N>);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        this.log.error('A handler returned output that breaks the contract', {
          operation: name,
          issues: issuesInWords(checked.error),
        });
        return fail('internal', 'Outpost hit an internal problem. Your data is safe; please try again.');
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof OperationError) {
        const { code, userMessage, details, extra } = error;
        return failWith({ code, message: userMessage, ...(details ? { details } : {}), ...extra });
      }
      this.log.error('A handler failed', { operation: name, error });
      return fail('internal', 'Outpost hit an internal problem. Your data is safe; please try again.');
    }
  }
}

/** Text a caller chose is repeated back or logged no longer than this. */
const MAX_ECHOED_CHARS = 80;
const echoed = (text: string): string =>
  text.length > MAX_ECHOED_CHARS ? `${text.slice(0, MAX_ECHOED_CHARS)}…` : text;
