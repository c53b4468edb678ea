import { useLiveQuery } from 'dexie-react-hooks';
import { searchTokens } from '../../../../common/capture';
import type { OutboxState } from '../../../../common/outbox/outbox-item';
import { database } from '../../db/database';
import { responseIdsMatching } from './search-responses';

export interface ResponseFilter {
  /** `${accountId}/${surveyId}`, or '' for every survey. */
  survey: string;
  state: OutboxState | 'all';
  search: string;
}

/**
 * What the list shows: without a filter only the count is read and rows are fetched by
 * position (the list paints at once with 100,000 responses); with one, the matching ids.
 */
export type ResponseSource = { kind: 'all'; count: number } | { kind: 'ids'; ids: string[] };

export const sourceCount = (source: ResponseSource): number =>
  source.kind === 'all' ? source.count : source.ids.length;

/**
 * Only keys are read (rows only to confirm a long search word), so every filter stays fast with
 * 100,000 responses; each search word matches the start of a stored word. Newest first.
 */
export function useResponseSource(filter: ResponseFilter): ResponseSource | undefined {
  const tokens = searchTokens(filter.search);
  const tokensKey = tokens.join(' ');
  return useLiveQuery(async (): Promise<ResponseSource> => {
    if (!filter.survey && filter.state === 'all' && tokens.length === 0)
      return { kind: 'all', count: await database.responses.count() };
    // Forward then reversed here: IndexedDB hands over a forward key list in one call, a reverse one key by key.
    let ids = (await database.responses.orderBy('finalizedAt').primaryKeys()).reverse();
    const keep = async (matching: Promise<string[]>): Promise<void> => {
      const allowed = new Set(await matching);
      ids = ids.filter((id) => allowed.has(id));
    };
    if (filter.survey) await keep(database.responses.where('surveyKey').startsWith(`${filter.survey}/`).primaryKeys());
    // A response's outbox item carries the response's id (see finalize), so the state index answers alone.
    if (filter.state !== 'all') await keep(database.outbox.where('state').equals(filter.state).primaryKeys());
    if (tokens.length > 0) {
      const matching = await responseIdsMatching(database, tokensKey, new Set(ids));
      ids = ids.filter((id) => matching.has(id));
    }
    return { kind: 'ids', ids };
    // tokensKey stands for `tokens`, a new array on every render.
  }, [filter.survey, filter.state, tokensKey]);
}
