import type { OutboxItem, OutboxState } from '../../../../common/outbox/outbox-item';
import { outboxStates } from '../../../../common/outbox/outbox-item';
import { stateLabels } from '../outbox-words';

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
  return (
    <div className="outbox-filters" role="search">
      <label>
        State
        <select
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: event.target.value as OutboxFilter['state'] })}
        >
          <option value="all">All</option>
          {outboxStates.map((state) => (
            <option key={state} value={state}>
              {stateLabels[state]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Service
        <select
          value={filter.service}
          onChange={(event) => onChange({ ...filter, service: event.target.value as OutboxFilter['service'] })}
        >
          <option value="all">All</option>
          <option value="questionpro">QuestionPro</option>
          <option value="qmob">QMob</option>
        </select>
      </label>
      <label>
        Search
        <input
          type="search"
          value={filter.text}
          placeholder="Survey, list, respondent or ID"
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
    </div>
  );
}
