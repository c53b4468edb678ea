import { useLiveQuery } from 'dexie-react-hooks';
import type { OutboxState } from '../../../../common/outbox/outbox-item';
import { database } from '../../db/database';

export interface ResponseFilter {
  /** `${accountId}/${surveyId}`, or '' for every survey. */
  survey: string;
  state: OutboxState | 'all';
  search: string;
}

/**
 * The ids of matching responses, newest first. Only keys are read for the survey and state
 * filters (fast with 100,000 rows); the text search reads rows, since it looks inside them.
 */
export function useResponseIds(filter: ResponseFilter): string[] | undefined {
  const search = filter.search.trim().toLowerCase();
  return useLiveQuery(async () => {
    let ids = await database.responses.orderBy('finalizedAt').reverse().primaryKeys();
    const keep = async (matching: Promise<string[]>): Promise<void> => {
      const allowed = new Set(await matching);
      ids = ids.filter((id) => allowed.has(id));
    };
    if (filter.survey) await keep(database.responses.where('surveyKey').startsWith(`${filter.survey}/`).primaryKeys());
    if (filter.state !== 'all') {
      const outboxIds = await database.outbox.where('state').equals(filter.state).primaryKeys();
      await keep(database.responses.where('outboxId').anyOf(outboxIds).primaryKeys());
    }
    if (search) await keep(database.responses.filter((row) => row.searchText.includes(search)).primaryKeys());
    return ids;
  }, [filter.survey, filter.state, search]);
}
