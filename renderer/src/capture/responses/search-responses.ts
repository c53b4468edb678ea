import { blindQueryOf, textMatches } from '../../db/vault/blind-index';
import type { OutpostDatabase } from '../../db/database';

/**
 * Ids of responses with a word starting with each typed word, found through
 * the blind index (keyed hashes of word prefixes): the index is read as keys,
 * and rows are opened only to confirm a word longer than its indexed prefix.
 * Exact terms narrow the candidates first, and only the candidates still
 * allowed (by them and by `within`, the view's other filters) are opened:
 * "village 4242" opens one row, not every row with a word starting "villag".
 */
export async function responseIdsMatching(
  db: OutpostDatabase,
  search: string,
  within?: ReadonlySet<string>,
): Promise<Set<string>> {
  const queries = blindQueryOf(db.cipherOf(), search).sort((a, b) => Number(a.inexact) - Number(b.inexact));
  let allowed: ReadonlySet<string> | undefined = within;
  for (const query of queries) {
    const indexed = await db.responses.where('searchWords').equals(query.term).primaryKeys();
    const candidates = allowed ? indexed.filter((id) => allowed?.has(id)) : indexed;
    if (!query.inexact) {
      allowed = new Set(candidates);
      continue;
    }
    const rows = await db.responses.bulkGet(candidates);
    allowed = new Set(rows.flatMap((row) => (row && textMatches(row.searchText, query.token) ? [row.id] : [])));
  }
  return new Set(allowed ?? []);
}
