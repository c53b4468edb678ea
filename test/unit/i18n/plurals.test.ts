import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { buildIntl } from '../../../renderer/src/i18n/current-intl';

/** Counts on screen agree with their noun in every language ("1 answer", never "1 answers"): ICU plurals. */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const catalogue = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>;
const intlFor = (code: string) => buildIntl(code, catalogue(code));
const rowMeta = { id: 'capture.responses.rowMeta' };

/** English words ending in s that are not plural nouns, as they follow a count ("3 is the most"). */
const NOT_PLURAL_NOUNS = new Set(['is', 'was', 'has', 'does', 'its', 'this', 'us', 'as', 'less', 'plus']);

interface EnclosingPlural {
  readonly name: string;
  /** A "one" (or "=1") form: without it, 1 takes the "other" form and reads "1 rows". */
  readonly saysOne: boolean;
}

/**
 * Counts written beside a plural noun without an ICU plural to agree with them, in an English message:
 * a number ({rows, number} or a plural's #) directly followed by a word ending in s ("{rows, number} rows",
 * "of {total, number} parts") must be the count of a plural that has a "one" form. In English only the
 * count and its noun show the problem, so the source catalogue is where a missing plural is found; the
 * translations must then use a plural too, since the catalogue test keeps every placeholder's type.
 */
function countsWithoutPlural(message: string): string[] {
  const found: string[] = [];
  const nounAfter = (elements: readonly MessageFormatElement[], at: number): string | undefined => {
    const next = elements[at + 1];
    if (next?.type !== TYPE.literal) return undefined;
    const word = /^\s+([A-Za-z]+)/.exec(next.value)?.[1];
    return word && /[a-z]s$/.test(word) && !NOT_PLURAL_NOUNS.has(word.toLowerCase()) ? word : undefined;
  };
  const visit = (elements: readonly MessageFormatElement[], plurals: readonly EnclosingPlural[]): void => {
    elements.forEach((element, at) => {
      if (element.type === TYPE.plural) {
        const plural = { name: element.value, saysOne: 'one' in element.options || '=1' in element.options };
        for (const option of Object.values(element.options)) visit(option.value, [...plurals, plural]);
        return;
      }
      if (element.type === TYPE.select) {
        for (const option of Object.values(element.options)) visit(option.value, plurals);
        return;
      }
      if (element.type === TYPE.tag) {
        visit(element.children, plurals);
        return;
      }
      const count =
        element.type === TYPE.pound ? plurals.at(-1)?.name : element.type === TYPE.number ? element.value : undefined;
      const noun = count === undefined ? undefined : nounAfter(elements, at);
      if (count === undefined || noun === undefined) return;
      const own = plurals.findLast((plural) => plural.name === count);
      if (!own) found.push(`{${count}} ${noun}: the count is not a plural`);
      else if (!own.saysOne) found.push(`{${count}} ${noun}: its plural has no "one" form`);
    });
  };
  visit(parse(message), []);
  return found;
}

describe('finding a count without a plural', () => {
  it('finds a number before a plural noun, alone or as the total of "x of y"', () => {
    expect(countsWithoutPlural('{rows, number} rows checked')).toEqual(['{rows} rows: the count is not a plural']);
    expect(countsWithoutPlural('({done, number} of {total, number} parts)')).toEqual([
      '{total} parts: the count is not a plural',
    ]);
    expect(countsWithoutPlural('<b>{n, number} respondents</b>')).toHaveLength(1);
    expect(countsWithoutPlural('{state, select, busy {{n, number} items left} other {}}')).toHaveLength(1);
  });

  it('finds a plural that has no "one" form, so one reads "1 rows"', () => {
    expect(countsWithoutPlural('{fit, plural, =0 {} other {at most {fit, number} rows}}')).toEqual([
      '{fit} rows: its plural has no "one" form',
    ]);
    expect(countsWithoutPlural('{fit, plural, =0 {} other {# rows}}')).toHaveLength(1);
    // The count of another plural does not agree with this one's noun.
    expect(countsWithoutPlural('{a, plural, one {# row} other {{b, number} rows}}')).toHaveLength(1);
  });

  it('passes plurals, counts without a noun and words that only look plural', () => {
    expect(countsWithoutPlural('{rows, plural, one {# row} other {# rows}} checked')).toEqual([]);
    expect(countsWithoutPlural('{n, plural, =1 {one row} other {# rows}}')).toEqual([]);
    expect(countsWithoutPlural('{count, number} selected; {done, number} of {total, number} delivered')).toEqual([]);
    expect(countsWithoutPlural('at most {max, number} is allowed; {account} was cleared')).toEqual([]);
  });
});

describe('the source catalogue', () => {
  it('writes every count beside its noun as an ICU plural with a "one" form', () => {
    const found = Object.entries(catalogue('en')).flatMap(([id, message]) =>
      countsWithoutPlural(message).map((problem) => `${id}: ${problem}`),
    );
    expect(found).toEqual([]);
  });
});

/** Every plural category a whole count from 0 to 1,000 falls in, with the counts in each (Arabic: all six). */
const categoriesOf = new Map<string, Map<string, number[]>>();
function countCategories(locale: string): Map<string, number[]> {
  const known = categoriesOf.get(locale);
  if (known) return known;
  const rules = new Intl.PluralRules(locale);
  const categories = new Map<string, number[]>();
  for (let n = 0; n <= 1000; n += 1) categories.set(rules.select(n), [...(categories.get(rules.select(n)) ?? []), n]);
  categoriesOf.set(locale, categories);
  return categories;
}

/**
 * In a translation, a plural that writes its count before a word ("# صفوف") agrees with every count: it has
 * a form for each category counts fall in (exact "=0" or "=1" forms stand for a category they cover whole).
 * Arabic has six: without "few" and "many", 11 rows would read with the plural of 3.
 */
function pluralsMissingForms(message: string, locale: string): string[] {
  const categories = countCategories(locale);
  const found: string[] = [];
  const countBeforeWord = (elements: readonly MessageFormatElement[]): boolean =>
    elements.some((element, at) => {
      const next = elements[at + 1];
      return element.type === TYPE.pound && next?.type === TYPE.literal && /^ \p{L}/u.test(next.value);
    });
  const visit = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.plural) {
        if (countBeforeWord(element.options['other']?.value ?? [])) {
          const missing = [...categories]
            .filter(
              ([category, counts]) =>
                !(category in element.options) && !counts.every((n) => `=${n}` in element.options),
            )
            .map(([category]) => category);
          if (missing.length > 0) found.push(`{${element.value}} lacks ${missing.join(', ')}`);
        }
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
      else if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message));
  return found;
}

describe('a translation’s plurals', () => {
  it('are found lacking a form when the count stands before its word', () => {
    expect(pluralsMissingForms('{n, plural, one {صف واحد} two {صفّان} other {# صفوف}}', 'ar')).toEqual([
      '{n} lacks zero, few, many',
    ]);
    expect(pluralsMissingForms('{n, plural, =0 {} =1 {} other { في # أقسام}}', 'ar')).toEqual([
      '{n} lacks two, few, many',
    ]);
    // A count after a colon has no word to agree with; French has only one and other for counts.
    expect(pluralsMissingForms('{n, plural, one {صف} other {الصفوف: #}}', 'ar')).toEqual([]);
    expect(pluralsMissingForms('{n, plural, one {# ligne} other {# lignes}}', 'fr')).toEqual([]);
  });

  for (const code of ['ar', 'es', 'fr', 'pt', 'sw']) {
    it(`have every form their counts need in ${code}`, () => {
      const found = Object.entries(catalogue(code)).flatMap(([id, message]) =>
        pluralsMissingForms(message, code).map((problem) => `${id}: ${problem}`),
      );
      expect(found).toEqual([]);
    });
  }
});

describe('a count message in every language', () => {
  const stored = { id: 'roster.progress.stored' };
  it.each([
    ['en', '0 of 1 row stored', '0 of 2 rows stored'],
    ['fr', '0 sur 1 ligne enregistrée', '0 sur 2 lignes enregistrées'],
    ['es', '0 de 1 fila guardada', '0 de 2 filas guardadas'],
    ['pt', '0 de 1 linha guardada', '0 de 2 linhas guardadas'],
    // Arabic says one and two by the noun's own singular and dual, without the digit.
    ['ar', 'من صف واحد', 'من صفّين'],
  ])('agrees with 1 and with 2 in %s', (code, one, two) => {
    const intl = intlFor(code);
    expect(intl.formatMessage(stored, { done: 0, total: 1 })).toContain(one);
    expect(intl.formatMessage(stored, { done: 0, total: 2 })).toContain(two);
  });

  it('takes each of Arabic’s six forms: zero, one, two, few (3–10), many (11–99) and other (100 and up)', () => {
    const intl = buildIntl('ar-u-nu-latn', catalogue('ar'));
    const checked = (rows: number): string =>
      intl.formatMessage({ id: 'roster.progress.checked' }, { rows, rejected: 0 });
    expect([0, 1, 2, 3, 11, 100].map(checked)).toEqual([
      'فُحص 0 صف، منها 0 فيها مشكلات',
      'فُحص صف واحد، منها 0 فيها مشكلات',
      'فُحص صفّان، منها 0 فيها مشكلات',
      'فُحص 3 صفوف، منها 0 فيها مشكلات',
      'فُحص 11 صفًا، منها 0 فيها مشكلات',
      'فُحص 100 صف، منها 0 فيها مشكلات',
    ]);
  });
});

describe('a response row’s count of answers', () => {
  it('is singular for one and plural for more, in English', () => {
    const intl = intlFor('en');
    expect(intl.formatMessage(rowMeta, { finished: 'today', count: 1 })).toBe('today · 1 answer');
    expect(intl.formatMessage(rowMeta, { finished: 'today', count: 11 })).toBe('today · 11 answers');
  });

  it.each([
    ['fr', '1 réponse', '11 réponses'],
    ['es', '1 respuesta', '11 respuestas'],
    ['pt', '1 resposta', '11 respostas'],
  ])('agrees with its count in %s', (code, one, many) => {
    const intl = intlFor(code);
    expect(intl.formatMessage(rowMeta, { finished: '', count: 1 })).toContain(one);
    expect(intl.formatMessage(rowMeta, { finished: '', count: 11 })).toContain(many);
  });
});
