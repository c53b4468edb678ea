import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RespondentDraft } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { database } from '../../db/database';
import { addRespondent } from '../operations/add-respondent';
import type { RosterListRow } from '../rows';
import { loadSampleFields } from '../settings-store';
import { ok } from '../../../../common/result';
import type { Outcome } from '../../i18n/outcome-words';
import { addedSentence } from '../list-sentences';
import { FormActions } from '../../components/FormActions';
import { useSaving } from '../../components/use-saving';
import { RespondentFields } from './RespondentFields';

const EMPTY: RespondentDraft = { username: '', phonenumber: '', email: '', sampleFields: {} };

/** One respondent typed in by hand, with the account's sample fields; checked as an import row is. */
/** `onDone` is told what the save did, or null when the form is cancelled. */
export function AddRespondentForm({
  list,
  onDone,
}: {
  list: RosterListRow;
  onDone: (outcome: Outcome | null) => void;
}) {
  const intl = useIntl();
  const sampleFields = useLiveQuery(() => loadSampleFields(database, list.accountId), [list.accountId]) ?? [];
  const [draft, setDraft] = useState<RespondentDraft>(EMPTY);
  const [problems, setProblems] = useState<RuleViolation[]>([]);
  const { saving, whileSaving } = useSaving();

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await whileSaving(() => addRespondent(database, { listId: list.id, draft, sampleFields }));
    if (result === undefined) return;
    if (!result.ok) {
      if (result.error.problems.length > 0) setProblems([...result.error.problems]);
      else onDone(result);
      return;
    }
    onDone(ok(addedSentence(draft.username.trim(), list.name)));
  };

  return (
    <form
      className="roster-panel roster-form"
      onSubmit={(event) => void save(event)}
      aria-label={intl.formatMessage(
        { id: 'roster.add.form', defaultMessage: 'Add a respondent to {list}' },
        { list: list.name },
      )}
    >
      <h3>
        <FormattedMessage id="roster.add.title" defaultMessage="Add a respondent" />
      </h3>
      <RespondentFields
        draft={draft}
        onChange={setDraft}
        sampleFields={sampleFields}
        problems={problems}
        focusField="username"
      />
      <FormActions
        submitLabel={<FormattedMessage id="roster.add.save" defaultMessage="Add respondent" />}
        saving={saving}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
