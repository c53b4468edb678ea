import { FormattedMessage, useIntl } from 'react-intl';
import {
  coreFieldLabel,
  respondentCoreFields,
  type RespondentCoreField,
  type RespondentDraft,
  type SampleFieldConfig,
} from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { violationInWords } from '../violation-words';

/**
 * The on-screen keyboard a core field wants. A hint only: no browser check (type="email") runs,
 * so the rules' own words, in the interface's language, say what is wrong.
 */
const keyboards: Partial<Record<RespondentCoreField, 'tel' | 'email'>> = { phonenumber: 'tel', email: 'email' };

/**
 * One respondent's fields, for the add and the edit form and the outbox's correction: the three QMob has for everyone (named as
 * the problems name them), the account's sample fields (and any the respondent already carries that
 * the account no longer lists, so nothing stored is hidden), and what the rules found wrong. Aliases
 * and column names are data, typed into QMob as they are: marked translate="no". Every input has
 * autocomplete="off": Chromium would otherwise keep what was typed, in plain text, in its profile.
 */
export function RespondentFields({
  draft,
  onChange,
  sampleFields,
  problems,
  focusField,
}: {
  draft: RespondentDraft;
  onChange: (draft: RespondentDraft) => void;
  sampleFields: readonly SampleFieldConfig[];
  problems: readonly RuleViolation[];
  /** The core field or sample field alias that takes the focus when the fields appear. */
  focusField?: string | undefined;
}) {
  const intl = useIntl();
  const required = new Set(sampleFields.filter((field) => field.required).map((field) => field.alias));
  const aliases = [...new Set([...sampleFields.map((field) => field.alias), ...Object.keys(draft.sampleFields)])];
  return (
    <>
      {respondentCoreFields.map((field) => (
        <label key={field}>
          {coreFieldLabel(intl, field)}
          <input
            autoComplete="off"
            autoFocus={focusField === field}
            inputMode={keyboards[field]}
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
            autoFocus={focusField === alias}
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
