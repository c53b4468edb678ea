import { searchTokens, searchWordsOf } from '../../../../common/capture/search';
import type { FieldCipher } from './field-cipher';

/**
 * Search over sealed rows: each word is stored as keyed hashes of some of its
 * prefixes, never as text. The responses view matches the start of words, so a
 * typed token is looked up by its longest indexed prefix length; when it is
 * longer than that, the few candidates are opened and checked in full.
 * Hashing every prefix length would make the index several times larger.
 */
export const PREFIX_LENGTHS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 40] as const;

export function blindTermsOf(cipher: FieldCipher, text: string): string[] {
  const terms = new Set<string>();
  for (const word of searchWordsOf(text)) {
    const length = [...word].length;
    for (const prefix of PREFIX_LENGTHS) {
      if (prefix > length) break;
      terms.add(cipher.term(`${prefix}:${[...word].slice(0, prefix).join('')}`));
    }
  }
  return [...terms];
}

export interface BlindQuery {
  token: string;
  term: string;
  /** True when the term is for a shorter prefix than the token: candidates must be checked in full. */
  inexact: boolean;
}

export function blindQueryOf(cipher: FieldCipher, query: string): BlindQuery[] {
  return searchTokens(query).map((token) => {
    const characters = [...token];
    const prefix = PREFIX_LENGTHS.filter((length) => length <= characters.length).at(-1) ?? 1;
    return {
      token,
      term: cipher.term(`${prefix}:${characters.slice(0, prefix).join('')}`),
      inexact: prefix < characters.length,
    };
  });
}

/** For an inexact term: does the opened text really have a word starting with the token? */
export const textMatches = (text: string, token: string): boolean =>
  searchWordsOf(text).some((word) => word.startsWith(token));
