import type { SandboxStore } from '../store';
import type { Reply } from '../reply';

/** Everything a QuestionPro handler may read; authentication is already done. */
export interface QuestionProRequestContext {
  readonly store: SandboxStore;
  /** The account the API key belongs to. */
  readonly userId: number;
  /** Raw path parameters, in pattern order. */
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly body: Buffer;
  readonly remoteAddress: string;
  /** Absolute URL of the resource, without query. */
  readonly resourceUrl: string;
  readonly now: Date;
}

export type QuestionProHandler = (context: QuestionProRequestContext) => Reply;
