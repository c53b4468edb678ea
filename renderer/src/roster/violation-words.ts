import { sayPhrase, type PhraseIntl } from '../../../common/i18n/phrase';
import type { RuleViolation } from '../../../common/roster/rule-violation';

/** A broken rule's problem and what to do, in the language of `intl` (its English when a phrase is unknown). */
export function violationInWords(intl: PhraseIntl, v: RuleViolation): { message: string; action: string } {
  return {
    message: sayPhrase(intl, v.words.message, v.message),
    action: sayPhrase(intl, v.words.action, v.action),
  };
}
