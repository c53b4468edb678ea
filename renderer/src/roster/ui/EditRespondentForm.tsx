import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { RespondentDraft } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { database } from '../../db/database';
import { editRespondent } from '../operations/edit-respondent';
import type { RespondentRow } from '../rows';
import { loadSampleFields } from '../settings-store';

/** Edits one respondent; queued operations carrying them are corrected too. */
export function EditRespondentForm({
  respondent,
  onDone,
}: {
  respondent: RespondentRow;
  onDone: (message: string) => void;
}) {
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
      else onDone(result.error.message);
      return;
    }
    const followed = result.value.replacedItems + result.value.newItems;
    onDone(
      `Saved ${draft.username}.${followed > 0 ? ` ${followed} outbox item${followed === 1 ? '' : 's'} updated to match.` : ''}`,
    );
  };

  return (
    <form
      className="roster-panel roster-form"
      onSubmit={(event) => void save(event)}
      aria-label={`Edit ${respondent.username}`}
    >
      <h3>Edit {respondent.username}</h3>
      <label>
        Username
        <input value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} />
      </label>
      <label>
        Phone number
        <input value={draft.phonenumber} onChange={(e) => setDraft({ ...draft, phonenumber: e.target.value })} />
      </label>
      <label>
        E-mail
        <input value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
      </label>
      {aliases.map((alias) => (
        <label key={alias}>
          {alias}
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
              {p.column}: {p.message} {p.action}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="submit">Save</button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
