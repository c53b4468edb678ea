import type { QmobRespondent } from '../../../common/qmob/schemas';
import type { SampleFieldConfig } from '../../../common/roster/respondent';

/**
 * The sample fields a correction of respondents offers: the account's declared ones, then the one
 * the server named and any the respondents already carry, so that a refusal about a field the
 * account never declared here can still be fixed. Undeclared fields are offered as optional text:
 * nothing on this laptop knows more of them.
 */
export function correctionFields(
  declared: readonly SampleFieldConfig[],
  problemField: string | undefined,
  respondents: readonly QmobRespondent[],
): SampleFieldConfig[] {
  const known = new Set(declared.map((field) => field.alias));
  const others = [
    ...new Set([
      ...(problemField ? [problemField] : []),
      ...respondents.flatMap((respondent) => (respondent.sample_fields ?? []).map((field) => field.alias)),
    ]),
  ].filter((alias) => !known.has(alias));
  return [...declared, ...others.map((alias): SampleFieldConfig => ({ alias, type: 'text', required: false }))];
}
