/**
 * Words for the responses view's search, stored with each response in a multi-entry index so
 * that finding one response among 100,000 reads keys, not rows.
 */
const MAX_WORDS = 300;
const MAX_WORD_LENGTH = 40;

const split = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}@.+_-]+/u)
    .map((word) => word.replace(/^[.+_-]+|[.+_-]+$/g, ''))
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));

export function searchWordsOf(text: string): string[] {
  return [...new Set(split(text))].slice(0, MAX_WORDS);
}

/** What the user typed, as word prefixes that must all match. */
export function searchTokens(query: string): string[] {
  return [...new Set(split(query))];
}
