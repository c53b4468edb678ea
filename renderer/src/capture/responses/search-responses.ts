import { blindQueryOf, textMatches } from '../../db/vault/blind-index';
import type { OutpostDatabase } from '../../db/database';

/**
 * Ids of responses with a word starting with each typed word, found through
 * the blind index (keyed hashes of word prefixes): the index is read as keys,
 * and rows are opened only to confirm a word longer than its indexed prefix.
 */
export async function responseIdsMatching(db: OutpostDatabase, search: string): Promise<string[][]> {
  const matches: string[][] = [];
  for (const query of blindQueryOf(db.cipherOf(), search)) {
    const ids = await db.responses.where('searchWords').equals(query.term).primaryKeys();
    if (!query.inexact) {
      matches.push(ids);
      continue;
    }
    const rows = await db.responses.bulkGet(ids);
    matches.push(rows.flatMap((row) => (row && textMatches(row.searchText, query.token) ? [row.id] : [])));
  }
  return matches;
}
