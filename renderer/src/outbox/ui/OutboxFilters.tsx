import { FormattedMessage, useIntl } from 'react-intl';
import type { OutboxItem, OutboxState } from '../../../../common/outbox/outbox-item';
import { outboxStates } from '../../../../common/outbox/outbox-item';
import { serviceLabels, stateLabel } from '../outbox-words';

export interface OutboxFilter {
  state: OutboxState | 'all';
  service: OutboxItem['service'] | 'all';
  text: string;
}

export const emptyFilter: OutboxFilter = { state: 'all', service: 'all', text: '' };

export function matchesFilter(item: OutboxItem, filter: OutboxFilter): boolean {
  if (filter.state !== 'all' && item.state !== filter.state) return false;
  if (filter.service !== 'all' && item.service !== filter.service) return false;
  const text = filter.text.trim().toLowerCase();
  if (text === '') return true;
  const payload = item.payload;
  const people =
    payload.kind === 'qmob.add-respondents'
      ? payload.respondents.map((r) => r.username)
      : payload.kind === 'questionpro.create-response' || payload.kind === 'questionpro.delete-response'
        ? []
        : payload.usernames;
  return [item.label, item.id, item.serverId ?? '', ...people].some((field) => field.toLowerCase().includes(text));
}

export function OutboxFilters({
  filter,
  onChange,
}: {
  filter: OutboxFilter;
  onChange: (filter: OutboxFilter) => void;
}) {
  const intl = useIntl();
  const all = intl.formatMessage({ id: 'outbox.filter.all', defaultMessage: 'All' });
  return (
    <div className="outbox-filters" role="search">
      <label>
        <FormattedMessage id="outbox.filter.state" defaultMessage="State" />
        <select
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: event.target.value as OutboxFilter['state'] })}
        >
          <option value="all">{all}</option>
          {outboxStates.map((state) => (
            <option key={state} value={state}>
              {stateLabel(intl, state)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <FormattedMessage id="outbox.filter.service" defaultMessage="Service" />
        <select
          value={filter.service}
          onChange={(event) => onChange({ ...filter, service: event.target.value as OutboxFilter['service'] })}
        >
          <option value="all">{all}</option>
          <option value="questionpro" translate="no">
            {serviceLabels.questionpro}
          </option>
          <option value="qmob" translate="no">
            {serviceLabels.qmob}
          </option>
        </select>
      </label>
      <label>
        <FormattedMessage id="outbox.filter.search" defaultMessage="Search" />
        <input
          type="search"
          value={filter.text}
          placeholder={intl.formatMessage({
            id: 'outbox.filter.searchPlaceholder',
            defaultMessage: 'Survey, list, respondent or ID',
          })}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
    </div>
  );
}
