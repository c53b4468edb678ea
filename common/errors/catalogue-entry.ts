import type { ErrorKind } from './kinds';
import type { ErrorTarget } from './target';

/** One documented failure: how to treat it and what to tell the user. */
export interface CatalogueEntry {
  /** Stable code; also the key tests and the UI refer to. */
  readonly code: string;
  readonly kind: ErrorKind;
  /** Whether the same request may simply be sent again later (after any Retry-After). */
  readonly retryable: boolean;
  readonly explain: (target: ErrorTarget) => string;
  readonly action: (target: ErrorTarget) => string;
}

/** The catalogue's verdict on one failure. */
export interface Described {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly retryable: boolean;
  readonly explanation: string;
  readonly action: string;
  readonly target?: ErrorTarget;
  /** False when the message was not in the catalogue and a default policy applied. */
  readonly known: boolean;
}

export function describeWith(entry: CatalogueEntry, target: ErrorTarget = {}): Described {
  const hasTarget = Object.keys(target).length > 0;
  return {
    code: entry.code,
    kind: entry.kind,
    retryable: entry.retryable,
    explanation: entry.explain(target),
    action: entry.action(target),
    ...(hasTarget ? { target } : {}),
    known: true,
  };
}

export const constant = (text: string) => (): string => text;
