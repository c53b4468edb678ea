import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '../../db/database';
import { useAccounts } from '../../settings/accounts-store';
import { PlainCsvButton } from '../../files/PlainCsvButton';
import { safeFileName, saveCsvFile } from '../../files/save-file';
import { listAsCsv } from '../export/export-list';
import { outcomeInWords, type Outcome } from '../../i18n/outcome-words';
import { respondentIdsInList } from '../queries';
import type { RosterListRow } from '../rows';
import { loadSampleFields } from '../settings-store';
import { AddRespondentForm } from './AddRespondentForm';
import { EditRespondentForm } from './EditRespondentForm';
import { ImportPanel } from './ImportPanel';
import { RespondentTable } from './RespondentTable';
import { SampleFieldsEditor } from './SampleFieldsEditor';
import { SelectionActions } from './SelectionActions';
import { SendToQmob } from './SendToQmob';
import { useImportRunning } from './use-list-window';

/** One list: import, send, search, select, copy, remove, edit and export. */
export function ListView({ list, lists }: { list: RosterListRow; lists: readonly RosterListRow[] }) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [message, setMessage] = useState<Outcome | null>(null);
  const [adding, setAdding] = useState(false);
  const editing = useLiveQuery(
    async () => (editingId ? ((await database.respondents.get(editingId)) ?? null) : null),
    [editingId],
  );
  const trimmedSearch = search.trim();
  const importing = useImportRunning(list);
  const accountLabel = useAccounts(
    (state) =>
      state.accounts.find((account) => account.id === list.accountId)?.label ??
      intl.formatMessage({ id: 'roster.list.accountGone', defaultMessage: 'an account removed from Settings' }),
  );

  const toggle = (id: string): void => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const exportList = async (): Promise<void> => {
    const aliases = (await loadSampleFields(database, list.accountId)).map((field) => field.alias);
    saveCsvFile(`${safeFileName(list.name, 'list')}.csv`, await listAsCsv(database, list, aliases));
  };

  return (
    <section
      className="list-view"
      aria-label={intl.formatMessage({ id: 'roster.list.label', defaultMessage: 'List {name}' }, { name: list.name })}
    >
      <h2>
        <span translate="no">{list.name}</span>{' '}
        <span className="muted">
          <FormattedMessage
            id="roster.list.facts"
            defaultMessage="QMob list {group}{preview, select, yes {, preview (max {max, number})} other {}}, {account}"
            values={{
              group: list.groupId,
              preview: list.preview ? 'yes' : 'no',
              max: list.previewMax ?? 5,
              account: <span translate="no">{accountLabel}</span>,
            }}
          />
        </span>
      </h2>
      <SampleFieldsEditor accountId={list.accountId} accountLabel={accountLabel} />
      <ImportPanel key={list.id} list={list} />
      <SendToQmob list={list} onMessage={setMessage} />
      {importing ? (
        <p role="status" className="muted" data-testid="import-running">
          <FormattedMessage
            id="roster.list.importRunning"
            defaultMessage="An import into this list is running. Its respondents appear here all at once when it has finished; if it is cancelled or fails, none of them do."
          />
        </p>
      ) : null}
      {message ? (
        <p role="status" className="roster-message" data-testid="roster-message">
          {outcomeInWords(intl, message)}
        </p>
      ) : null}
      {editing ? (
        <EditRespondentForm
          key={editing.id}
          respondent={editing}
          onDone={(outcome) => {
            setEditingId(null);
            if (outcome) setMessage(outcome);
          }}
        />
      ) : null}
      {adding ? (
        <AddRespondentForm
          list={list}
          onDone={(outcome) => {
            setAdding(false);
            if (outcome) setMessage(outcome);
          }}
        />
      ) : null}
      <div className="list-toolbar">
        <label>
          <FormattedMessage id="roster.list.search" defaultMessage="Search usernames starting with" />
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="button" className="secondary" onClick={() => setAdding(true)} disabled={adding}>
          {intl.formatMessage({ id: 'roster.add.open', defaultMessage: 'Add a respondent…' })}
        </button>
        <PlainCsvButton
          label={intl.formatMessage({ id: 'roster.list.export', defaultMessage: 'Export list (CSV)' })}
          onSave={exportList}
        />
      </div>
      <SelectionActions
        list={list}
        lists={lists}
        selected={selected}
        onSelectAll={() =>
          void respondentIdsInList(database, list, trimmedSearch).then((ids) => setSelected(new Set(ids)))
        }
        onClear={() => setSelected(new Set())}
        onMessage={setMessage}
      />
      <RespondentTable list={list} search={trimmedSearch} selected={selected} onToggle={toggle} onEdit={setEditingId} />
    </section>
  );
}
