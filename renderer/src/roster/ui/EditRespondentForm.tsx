import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { RespondentDraft } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { database } from '../../db/database';
import { editRespondent } from '../operations/edit-respondent';
import type { RespondentRow } from '../rows';
import { loadSampleFields } from '../settings-store';
import { ok } from '../../../../common/result';
import type { Outcome } from '../../i18n/outcome-words';
import { savedSentence } from '../list-sentences';
import { FormActions } from '../../components/FormActions';
import { useSaving } from '../../components/use-saving';
import { RespondentFields } from './RespondentFields';

/** Edits one respondent; queued operations carrying them are corrected too. `onDone` gets null on cancel. */
export function EditRespondentForm({
  respondent,
  onDone,
}: {
  respondent: RespondentRow;
  onDone: (outcome: Outcome | null) => void;
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
  const { saving, whileSaving } = useSaving();

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await whileSaving(() =>
      editRespondent(database, { respondentId: respondent.id, draft, sampleFields }),
    );
    if (result === undefined) return;
    if (!result.ok) {
      if (result.error.problems.length > 0) setProblems([...result.error.problems]);
      else onDone(result);
      return;
    }
    onDone(ok(savedSentence(draft.username, result.value)));
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
      <RespondentFields draft={draft} onChange={setDraft} sampleFields={sampleFields} problems={problems} />
      <FormActions
        submitLabel={<FormattedMessage id="common.save" defaultMessage="Save" />}
        saving={saving}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
