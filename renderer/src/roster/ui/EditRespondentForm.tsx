import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { RespondentDraft } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { database } from '../../db/database';
import { editRespondent } from '../operations/edit-respondent';
import type { RespondentRow } from '../rows';
import { loadSampleFields } from '../settings-store';
import { errorInWords } from '../../i18n/error-words';
import { violationInWords } from '../violation-words';

/** Edits one respondent; queued operations carrying them are corrected too. */
export function EditRespondentForm({
  respondent,
  onDone,
}: {
  respondent: RespondentRow;
  onDone: (message: string) => void;
}) {
  const intl = useIntl();
  const sampleFields =
    useLiveQuery(() => loadSampleFields(database, respondent.accountId), [respondent.accountId]) ?? [];
  const [draft, setDraft] = useState<RespondentDraft>({
    username: respondent.username,
    phonenumber: respondent.phonenumber,
    email: respondent.email,
    sampleFields: { ...respondent.sampleFields },
  });
  const [problems, setProblems] = useState<RuleViolation[]>([]);
  const aliases = [...new Set([...sampleFields.map((f) => f.alias), ...Object.keys(draft.sampleFields)])];

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await editRespondent(database, { respondentId: respondent.id, draft, sampleFields });
    if (!result.ok) {
      if (result.error.problems.length > 0) setProblems([...result.error.problems]);
      else onDone(errorInWords(intl, result.error).message);
      return;
    }
    const followed = result.value.replacedItems + result.value.newItems;
    onDone(
      intl.formatMessage(
        {
          id: 'roster.edit.saved',
          defaultMessage:
            'Saved {name}.{followed, plural, =0 {} one { # outbox item updated to match.} other { # outbox items updated to match.}}',
        },
        { name: draft.username, followed },
      ),
    );
  };

  return (
    <form
      className="roster-panel roster-form"
      onSubmit={(event) => void save(event)}
      aria-label={intl.formatMessage(
        { id: 'roster.table.editLabel', defaultMessage: 'Edit {name}' },
        { name: respondent.username },
      )}
    >
      <h3>
        <FormattedMessage
          id="roster.table.editLabel"
          defaultMessage="Edit {name}"
          values={{ name: <span translate="no">{respondent.username}</span> }}
        />
      </h3>
      <label>
        <FormattedMessage id="roster.field.username" defaultMessage="Username" />
        <input value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} />
      </label>
      <label>
        <FormattedMessage id="roster.table.phone" defaultMessage="Phone number" />
        <input value={draft.phonenumber} onChange={(e) => setDraft({ ...draft, phonenumber: e.target.value })} />
      </label>
      <label>
        <FormattedMessage id="roster.field.email" defaultMessage="E-mail" />
        <input value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
      </label>
      {aliases.map((alias) => (
        <label key={alias}>
          <span translate="no">{alias}</span>
          <input
            value={draft.sampleFields[alias] ?? ''}
            onChange={(e) => setDraft({ ...draft, sampleFields: { ...draft.sampleFields, [alias]: e.target.value } })}
          />
        </label>
      ))}
      {problems.length > 0 ? (
        <ul role="alert" className="roster-problem">
          {problems.map((p) => (
            <li key={`${p.rule}-${p.column}`}>
              <FormattedMessage
                id="roster.edit.problem"
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
      <div className="button-row">
        <button type="submit">
          <FormattedMessage id="common.save" defaultMessage="Save" />
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          <FormattedMessage id="common.cancel" defaultMessage="Cancel" />
        </button>
      </div>
    </form>
  );
}
