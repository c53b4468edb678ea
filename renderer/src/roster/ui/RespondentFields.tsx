import { FormattedMessage, useIntl } from 'react-intl';
import {
  coreFieldLabel,
  respondentCoreFields,
  type RespondentDraft,
  type SampleFieldConfig,
} from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { violationInWords } from '../violation-words';

/**
 * One respondent's fields, for the add and the edit form: the three QMob has for everyone (named as
 * the problems name them), the account's sample fields (and any the respondent already carries that
 * the account no longer lists, so nothing stored is hidden), and what the rules found wrong. Aliases
 * and column names are data, typed into QMob as they are: marked translate="no".
 */
export function RespondentFields({
  draft,
  onChange,
  sampleFields,
  problems,
  focusFirst = false,
}: {
  draft: RespondentDraft;
  onChange: (draft: RespondentDraft) => void;
  sampleFields: readonly SampleFieldConfig[];
  problems: readonly RuleViolation[];
  focusFirst?: boolean;
}) {
  const intl = useIntl();
  const required = new Set(sampleFields.filter((field) => field.required).map((field) => field.alias));
  const aliases = [...new Set([...sampleFields.map((field) => field.alias), ...Object.keys(draft.sampleFields)])];
  return (
    <>
      {respondentCoreFields.map((field, index) => (
        <label key={field}>
          {coreFieldLabel(intl, field)}
          <input
            autoComplete="off"
            autoFocus={focusFirst && index === 0}
            value={draft[field]}
            onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
          />
        </label>
      ))}
      {aliases.map((alias) => (
        <label key={alias}>
          <FormattedMessage
            id="roster.field.sample"
            defaultMessage="{alias}{required, select, yes { (required)} other {}}"
            values={{ alias: <span translate="no">{alias}</span>, required: required.has(alias) ? 'yes' : 'no' }}
          />
          <input
            autoComplete="off"
            value={draft.sampleFields[alias] ?? ''}
            onChange={(e) => onChange({ ...draft, sampleFields: { ...draft.sampleFields, [alias]: e.target.value } })}
          />
        </label>
      ))}
      {problems.length > 0 ? (
        <ul role="alert" className="roster-problem">
          {problems.map((p) => (
            <li key={`${p.rule}-${p.column}`}>
              <FormattedMessage
                id="roster.field.problem"
                defaultMessage="{column}: {problem} {action}"
                values={{
                  column: <span translate="no">{p.column}</span>,
                  problem: violationInWords(intl, p).message,
                  action: violationInWords(intl, p).action,
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
