import type { PhraseIntl } from '../../../common/i18n/phrase';
import type { RespondentDraft, SampleFieldConfig } from '../../../common/roster/respondent';
import { checkRespondent, formLocation } from '../../../common/roster/respondent-rules';
import { hasErrors, type RuleViolation } from '../../../common/roster/rule-violation';

/**
 * The respondents of a correction that break QMob's rules as the roster's forms check them, by
 * their place in the batch. Checked before the correction is queued: a laptop may be offline for
 * days, and a mistake QMob would refuse again is better said now, in the interface's language.
 * Expects normalised drafts.
 */
export function correctionProblems(
  drafts: readonly RespondentDraft[],
  sampleFields: readonly SampleFieldConfig[],
  intl: PhraseIntl,
): Map<number, RuleViolation[]> {
  const location = formLocation(intl);
  const found = new Map<number, RuleViolation[]>();
  drafts.forEach((draft, index) => {
    const problems = checkRespondent(draft, sampleFields, location);
    if (hasErrors(problems)) found.set(index, problems);
  });
  return found;
}
