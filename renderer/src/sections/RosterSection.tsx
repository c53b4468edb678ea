import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { database } from '../db/database';
import { recoverInterruptedImports } from '../roster/import/import-runs';
import { seedPracticeSampleFields } from '../roster/practice-sample-fields';
import { ListView } from '../roster/ui/ListView';
import { NewListForm } from '../roster/ui/NewListForm';
import '../roster/ui/roster.css';
import { useAccounts } from '../settings/accounts-store';

export function RosterSection() {
  const intl = useIntl();
  const lists = useLiveQuery(() => database.rosterLists.orderBy('accountId').toArray(), []);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const current = lists?.find((list) => list.id === chosenId) ?? lists?.[0];
  // An import cut off by a closed window or a crash is undone, so half of it never shows.
  useEffect(() => {
    void recoverInterruptedImports(database);
  }, []);
  const { accounts, refresh } = useAccounts();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  // The Practice QMob account starts with the fields its server requires (site_code).
  useEffect(() => {
    void seedPracticeSampleFields(database, accounts);
  }, [accounts]);

  const heading = (
    <h1>
      <FormattedMessage id="roster.heading" defaultMessage="Roster" />
    </h1>
  );
  if (lists === undefined) return heading;
  return (
    <>
      {heading}
      {lists.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'roster.empty.title', defaultMessage: 'No respondent lists yet' })}>
          <p>
            <FormattedMessage
              id="roster.empty.text"
              defaultMessage="Here you keep QMob respondent lists: import spreadsheets, register, move and remove respondents, even without a connection."
            />
          </p>
          <p>
            <FormattedMessage
              id="roster.empty.start"
              defaultMessage="Start with a list: its name, its QMob list id and the QMob account it belongs to."
            />
          </p>
        </EmptyState>
      ) : null}
      <div className={lists.length === 0 ? undefined : 'roster-layout'}>
        <nav
          className="roster-lists"
          aria-label={intl.formatMessage({ id: 'roster.lists.label', defaultMessage: 'Respondent lists' })}
        >
          {lists.length > 0 ? (
            <ul>
              {lists.map((list) => (
                <li key={list.id}>
                  <button type="button" aria-current={list.id === current?.id} onClick={() => setChosenId(list.id)}>
                    <span translate="no">
                      {list.preview
                        ? intl.formatMessage(
                            { id: 'roster.list.previewName', defaultMessage: '{name} (preview)' },
                            { name: list.name },
                          )
                        : list.name}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <details className="roster-panel" open={lists.length === 0}>
            <summary>
              <FormattedMessage id="roster.newList.label" defaultMessage="New list" />
            </summary>
            <NewListForm onCreated={setChosenId} defaultAccountId={current?.accountId} />
          </details>
        </nav>
        {current ? <ListView key={current.id} list={current} lists={lists} /> : null}
      </div>
    </>
  );
}
