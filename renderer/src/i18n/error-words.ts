import { useIntl, type IntlShape } from 'react-intl';
import { sayPhrase } from '../../../common/i18n/phrase';
import type { AppError } from '../../../common/result';

/** An error's explanation and what to do, in the interface's language. */
export interface ErrorInWords {
  readonly message: string;
  readonly action?: string;
}

/**
 * The words of an error from main, a service or the outbox's history: its phrases said in the
 * interface's language; an error without phrases (or with a phrase this version does not know)
 * in the English it came with. The server's own words (serverMessage) are never part of them.
 */
export function errorInWords(intl: IntlShape, error: AppError): ErrorInWords {
  const words = error.words;
  const message = words ? sayPhrase(intl, words.message, error.message) : error.message;
  const action =
    words?.action && error.action !== undefined ? sayPhrase(intl, words.action, error.action) : error.action;
  return action !== undefined ? { message, action } : { message };
}

export function useErrorInWords(error: AppError): ErrorInWords {
  return errorInWords(useIntl(), error);
}
