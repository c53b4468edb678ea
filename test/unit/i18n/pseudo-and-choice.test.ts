import { IntlMessageFormat } from 'intl-messageformat';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIntl } from '../../../renderer/src/i18n/current-intl';
import { formatCount, formatDate, formatDuration, formatPercent } from '../../../renderer/src/i18n/format';
import { PSEUDO_LOCALE, resolveLocale, textDirection } from '../../../renderer/src/i18n/locale-choice';
import { pseudoMessage, pseudoText } from '../../../renderer/src/i18n/pseudo';

const source = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues/en.json'), 'utf8'),
) as Record<string, string>;
const available = ['en', 'ar', 'es', 'fr', 'pt', 'sw'];

describe('the pseudo-locale', () => {
  it('accents every letter and keeps digits and punctuation', () => {
    expect(pseudoText('Send 3 items.')).toBe('Šééñđ 3 îîţééɱš.');
  });

  it('keeps placeholders, plurals and selects working', () => {
    const format = (message: string, values: Record<string, string | number>): string =>
      String(new IntlMessageFormat(pseudoMessage(message), PSEUDO_LOCALE).format(values));
    expect(format('{count, plural, one {# item} other {# items}} for {name}', { count: 2, name: 'Ama' })).toBe(
      '[2 îîţééɱš ƒööŕ Ama]',
    );
    expect(format('{state, select, paused {Paused} other {Idle}}', { state: 'paused' })).toBe('[Þååûûšééđ]');
  });

  it('makes the whole source catalogue about a third longer, as French or Portuguese do', () => {
    const plain = Object.values(source).join('');
    const pseudo = Object.values(source)
      .map((message) => pseudoText(message))
      .join('');
    const growth = pseudo.length / plain.length;
    expect(growth).toBeGreaterThan(1.25);
    expect(growth).toBeLessThan(1.5);
  });
});

describe('choosing the language', () => {
  it('follows the OS language when the user chose none, its own variant formatting dates and numbers', () => {
    expect(resolveLocale('system', ['ar-EG', 'en-US'], available)).toEqual({
      catalogue: 'ar',
      formatLocale: 'ar-EG',
      direction: 'rtl',
    });
    expect(resolveLocale('system', ['de-DE', 'fr-CA'], available)).toEqual({
      catalogue: 'fr',
      formatLocale: 'fr-CA',
      direction: 'ltr',
    });
  });

  it('falls back to English when no OS language has a catalogue', () => {
    expect(resolveLocale('system', ['de-DE', 'ja'], available).catalogue).toBe('en');
    expect(resolveLocale('system', [], available).catalogue).toBe('en');
  });

  it('prefers the user’s choice over the OS, and ignores a choice whose catalogue is gone', () => {
    expect(resolveLocale('sw', ['fr-FR'], available)).toEqual({
      catalogue: 'sw',
      formatLocale: 'sw',
      direction: 'ltr',
    });
    expect(resolveLocale('xx', ['es-MX'], available).catalogue).toBe('es');
    expect(resolveLocale(PSEUDO_LOCALE, ['fr'], available).catalogue).toBe(PSEUDO_LOCALE);
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(['en', 'fr', 'es', 'pt', 'sw', PSEUDO_LOCALE].map(textDirection)).toEqual(Array(6).fill('ltr'));
  });
});

describe('Arabic chosen in Settings', () => {
  const arabic = (preferred: readonly string[]): string => resolveLocale('ar', preferred, available).formatLocale;

  it('on a computer in another language writes Arabic-Indic digits, not the Latin ones of a plain "ar"', () => {
    expect(arabic(['en-US'])).toBe('ar-u-nu-arab');
    expect(arabic(['fr'])).toBe('ar-u-nu-arab');
    // An OS that says "Arabic" without a country is no country's Arabic either.
    expect(arabic(['ar', 'en-US'])).toBe('ar-u-nu-arab');
  });

  it('follows the country the computer names, with CLDR’s digits for it', () => {
    expect(arabic(['ar-EG'])).toBe('ar-EG');
    expect(arabic(['en-US', 'ar-MA'])).toBe('ar-MA');
    // An English or French system in an Arabic-speaking country: that country's Arabic.
    expect(arabic(['en-AE', 'en'])).toBe('ar-AE');
    expect(arabic(['fr-MA'])).toBe('ar-MA');
    expect(arabic(['en-GB'])).toBe('ar-u-nu-arab');
  });

  it('writes counts, percentages, dates and durations through the one formatter in those digits', () => {
    const intl = buildIntl(arabic(['en-US']), {});
    expect(formatCount(intl, 1234)).toBe('١٬٢٣٤');
    expect(formatPercent(intl, 0.5)).toMatch(/^٥٠/);
    expect(formatDate(intl, Date.UTC(2026, 11, 1, 12))).toContain('٢٠٢٦');
    expect(formatDuration(intl, (3 * 60 + 25) * 60_000)).toMatch(/٣.*٢٥/);
    expect(formatDate(intl, Date.UTC(2026, 11, 1, 12))).not.toMatch(/[0-9]/);
  });

  it('numbers the form’s sections and a correction’s respondents in those digits too', () => {
    const messages = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues/ar.json'), 'utf8'),
    ) as Record<string, string>;
    const intl = buildIntl(arabic(['en-US']), messages);
    expect(intl.formatMessage({ id: 'capture.form.sectionNumber' }, { number: 12 })).toBe('القسم ١٢');
    expect(intl.formatMessage({ id: 'outbox.correct.respondentNumber' }, { number: 3 })).toBe('المستجيب ٣');
  });

  it('is the same rule for the other languages: the OS’s variant, its country’s, else the plain language', () => {
    expect(resolveLocale('fr', ['fr'], available).formatLocale).toBe('fr');
    expect(resolveLocale('sw', ['en-US'], available).formatLocale).toBe('sw');
    expect(resolveLocale('sw', ['en-KE'], available).formatLocale).toBe('sw-KE');
    expect(resolveLocale('en', ['en-GB'], available).formatLocale).toBe('en-GB');
  });
});
