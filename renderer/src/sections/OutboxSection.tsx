import { FormattedMessage, useIntl } from 'react-intl';
import { useMemo, useState } from 'react';
import { EmptyState } from '../components/EmptyState';
import { database } from '../db/database';
import { PlainFileButton } from '../files/PlainCsvButton';
import { exportItems } from '../outbox/outbox-actions';
import { useThrottledLiveQuery } from '../outbox/use-throttled-live-query';
import { emptyFilter, matchesFilter, OutboxFilters, type OutboxFilter } from '../outbox/ui/OutboxFilters';
import { OutboxDetail } from '../outbox/ui/OutboxDetail';
import { OutboxList } from '../outbox/ui/OutboxList';
import { useOutboxNames } from '../outbox/outbox-names';
import { PausedAccounts } from '../outbox/ui/PausedAccounts';
import { SyncControls } from '../outbox/ui/SyncControls';
import { useAccounts } from '../settings/accounts-store';

export function OutboxSection() {
  const intl = useIntl();
  const all = useThrottledLiveQuery(() => database.outbox.orderBy('createdAt').reverse().toArray(), []);
  const [filter, setFilter] = useState<OutboxFilter>(emptyFilter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const items = useMemo(() => (all ?? []).filter((item) => matchesFilter(item, filter)), [all, filter]);
  const selected = all?.find((item) => item.id === selectedId) ?? null;
  const accounts = useAccounts((state) => state.accounts);
  const names = useOutboxNames();
  const practiceAccounts = useMemo(
    () => new Set(accounts.filter((account) => account.practice).map((account) => account.id)),
    [accounts],
  );

  const toggleChecked = (id: string): void =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <h1>
        <FormattedMessage id="outbox.heading" defaultMessage="Outbox" />
      </h1>
      <PausedAccounts />
      <SyncControls />
      {all && all.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'outbox.empty.title', defaultMessage: 'Nothing waiting to send' })}>
          <p>
            <FormattedMessage
              id="outbox.empty.text"
              defaultMessage="Every finished response and every roster change waits here until the server confirms it. You will see, item by item, what was delivered and what the server refused, with what to do about it."
            />
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="outbox-toolbar">
            <OutboxFilters filter={filter} onChange={setFilter} />
            {/* The items hold what is to be sent, respondents' data included: the file says it is not encrypted. */}
            <PlainFileButton
              kind="JSON"
              label={intl.formatMessage(
                {
                  id: 'outbox.exportSelected',
                  defaultMessage: '{count, plural, =0 {Export selected} other {Export # selected}}',
                },
                { count: checked.size },
              )}
              disabled={checked.size === 0}
              onSave={() => exportItems((all ?? []).filter((item) => checked.has(item.id)))}
            />
          </div>
          <div className="outbox-panes">
            <OutboxList
              items={items}
              selectedId={selectedId}
              checked={checked}
              practiceAccounts={practiceAccounts}
              names={names}
              onSelect={setSelectedId}
              onToggleChecked={toggleChecked}
            />
            {selected ? (
              <OutboxDetail
                key={selected.id}
                item={selected}
                names={names}
                practice={practiceAccounts.has(selected.accountId)}
                onSelect={setSelectedId}
              />
            ) : (
              <p className="outbox-hint">
                <FormattedMessage id="outbox.selectHint" defaultMessage="Select an item to see what became of it." />
              </p>
            )}
          </div>
        </>
      )}
    </>
  );
}
