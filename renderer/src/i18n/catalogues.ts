import source from './catalogues/en.json';
import type { Messages } from './current-intl';
import { PSEUDO_LOCALE, SOURCE_LOCALE } from './locale-choice';
import { pseudoCatalogue } from './pseudo';

/**
 * Every catalogue is one JSON file in ./catalogues named by its BCP 47 code (fr.json, pt-BR.json):
 * adding a file adds the language to the picker. en.json is the source, extracted from the code
 * (`npm run i18n:extract`); the others are loaded only when chosen.
 */
const translations = import.meta.glob<Record<string, string>>(['./catalogues/*.json', '!./catalogues/en.json'], {
  import: 'default',
});

const codeOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.json$/, '');
const loaders = new Map(Object.entries(translations).map(([path, load]) => [codeOf(path), load]));

export const SOURCE_MESSAGES: Readonly<Record<string, string>> = source;

/** The catalogues a user can choose, source first. */
export const AVAILABLE_LOCALES: readonly string[] = [SOURCE_LOCALE, ...[...loaders.keys()].sort()];

export async function loadMessages(catalogue: string): Promise<Messages> {
  if (catalogue === PSEUDO_LOCALE) return pseudoCatalogue(source);
  const load = loaders.get(catalogue);
  return load ? await load() : source;
}
