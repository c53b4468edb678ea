import { useIntl, type IntlShape } from 'react-intl';
import { sayPhrase, type Phrase } from '../../../common/i18n/phrase';
import type { AppError } from '../../../common/result';

/** An error's explanation and what to do, in the interface's language. */
export interface ErrorInWords {
  readonly message: string;
  readonly action?: string;
}

/**
 * An error without phrases of its own is said by its code: `error.<code>` and `error.<code>.action`
 * (declared in error-messages.ts for extraction). A code the catalogues do not know keeps its English.
 */
const byCode = (error: AppError): { message: Phrase; action: Phrase } => ({
  message: { id: `error.${error.code}` },
  action: { id: `error.${error.code}.action` },
});

/**
 * The one way the renderer says an error from main, a service, common/ or the outbox's history: its
 * phrases (the error catalogue's, main's sentences) in the interface's language; without phrases, the
 * words its code is known by; a phrase or code this version does not know, in the English it came
 * with. The server's own words (serverMessage) are never part of them.
 */
export function errorInWords(intl: IntlShape, error: AppError): ErrorInWords {
  const phrases = error.words ?? byCode(error);
  const message = sayPhrase(intl, phrases.message, error.message);
  const action = phrases.action ? sayPhrase(intl, phrases.action, error.action ?? '') : error.action;
  return action ? { message, action } : { message };
}

export function useErrorInWords(error: AppError): ErrorInWords {
  return errorInWords(useIntl(), error);
}
