import type { IntlShape } from 'react-intl';
import { saySentence, type Said } from '../../../common/i18n/phrase';
import type { AppError, Result } from '../../../common/result';
import { errorInWords } from './error-words';

/**
 * What an action last did, kept until it is drawn: done (a sentence) or refused (an error). It is
 * kept as phrases, never as text, so a worker who switches language while it shows reads it in the
 * new language rather than the one of the moment it was made.
 */
export type Outcome = Result<Said, AppError>;

/** An outcome in the interface's language: the sentence, or the refusal and what to do about it. */
export function outcomeInWords(intl: IntlShape, outcome: Outcome): string {
  if (outcome.ok) return saySentence(intl, outcome.value);
  const { message, action } = errorInWords(intl, outcome.error);
  return action ? `${message} ${action}` : message;
}
