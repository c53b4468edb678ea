import { blindQueryOf, textMatches } from '../../db/vault/blind-index';
import type { OutpostDatabase } from '../../db/database';

/**
 * Ids of drafts with a word starting with every typed word, through the drafts' blind index
 * (keyed hashes of word prefixes, as for responses): the index is read as keys, and rows are
 * opened only to confirm a word longer than its indexed prefix.
 */
export async function draftIdsMatching(db: OutpostDatabase, search: string): Promise<Set<string> | null> {
  const queries = blindQueryOf(db.cipherOf(), search);
  if (queries.length === 0) return null;
  const perWord: string[][] = [];
  for (const query of queries) {
    const ids = await db.drafts.where('searchWords').equals(query.term).primaryKeys();
    perWord.push(
      query.inexact
        ? (await db.drafts.bulkGet(ids)).flatMap((row) =>
            row && textMatches(row.searchText ?? '', query.token) ? [row.id] : [],
          )
        : ids,
    );
  }
  const [first = [], ...others] = perWord;
  return new Set(first.filter((id) => others.every((ids) => ids.includes(id))));
}
