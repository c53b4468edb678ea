import { inEnglish, toPhrase, type ErrorWords, type Said } from '../i18n/phrase';
import type { ErrorKind } from './kinds';
import type { ErrorTarget } from './target';

/** One documented failure: how to treat it and what to tell the user. */
export interface CatalogueEntry {
  /** Stable code; also the key tests and the UI refer to. */
  readonly code: string;
  readonly kind: ErrorKind;
  /** Whether the same request may simply be sent again later (after any Retry-After). */
  readonly retryable: boolean;
  readonly explain: (target: ErrorTarget) => Said;
  readonly action: (target: ErrorTarget) => Said;
}

/** The catalogue's verdict on one failure. */
export interface Described {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly retryable: boolean;
  /** The explanation and action in English (logs, main, and the fallback of an unknown phrase). */
  readonly explanation: string;
  readonly action: string;
  /** The same two as phrases, said in the interface's language by the renderer. */
  readonly words: Required<ErrorWords>;
  readonly target?: ErrorTarget;
  /** False when the message was not in the catalogue and a default policy applied. */
  readonly known: boolean;
}

/** The verdict's words: the English and the phrases, from the same two sentences. */
export function describedWords(explanation: Said, action: Said): Pick<Described, 'explanation' | 'action' | 'words'> {
  return {
    explanation: inEnglish(explanation),
    action: inEnglish(action),
    words: { message: toPhrase(explanation), action: toPhrase(action) },
  };
}

export function describeWith(entry: CatalogueEntry, target: ErrorTarget = {}): Described {
  const hasTarget = Object.keys(target).length > 0;
  return {
    code: entry.code,
    kind: entry.kind,
    retryable: entry.retryable,
    ...describedWords(entry.explain(target), entry.action(target)),
    ...(hasTarget ? { target } : {}),
    known: true,
  };
}

export const constant = (sentence: Said) => (): Said => sentence;
