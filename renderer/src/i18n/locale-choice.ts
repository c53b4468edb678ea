/**
 * Which catalogue the interface speaks and which locale formats its dates and numbers.
 * Pure: the caller passes the user's choice, the OS languages (navigator.languages; in Electron
 * they follow app.getLocale()) and the catalogues that exist.
 */

/** The language the source catalogue (catalogues/en.json) is written in. */
export const SOURCE_LOCALE = 'en';
/** Accented, about 35 % longer English, for tests that look for clipped or untranslated text. */
export const PSEUDO_LOCALE = 'en-XA';
/** The choice that follows the operating system's language. */
export const SYSTEM_CHOICE = 'system';

export type TextDirection = 'ltr' | 'rtl';

export interface ResolvedLocale {
  /** The catalogue to load, one of the available codes (or the pseudo-locale). */
  readonly catalogue: string;
  /** The BCP 47 tag for Intl and the page's lang: see formatLocaleFor (ar-EG, fr-CA, ar-u-nu-arab). */
  readonly formatLocale: string;
  readonly direction: TextDirection;
}

/** Languages written right to left, for engines without Intl.Locale's text info. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

const languageOf = (tag: string): string => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

interface LocaleTextInfo {
  readonly direction?: string;
}
interface LocaleWithTextInfo {
  getTextInfo?: () => LocaleTextInfo;
  readonly textInfo?: LocaleTextInfo;
}

export function textDirection(tag: string): TextDirection {
  if (tag === PSEUDO_LOCALE) return 'ltr';
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & LocaleWithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // not a valid tag: fall through to the list
  }
  return RTL_LANGUAGES.has(languageOf(tag)) ? 'rtl' : 'ltr';
}

/** The first OS language the catalogues cover: the exact tag first, then its language alone. */
function matchPreferred(preferred: readonly string[], available: readonly string[]): string | undefined {
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  for (const tag of preferred) {
    const exact = byLower.get(tag.toLowerCase().replace(/_/g, '-'));
    if (exact) return exact;
    const language = byLower.get(languageOf(tag));
    if (language) return language;
  }
  return undefined;
}

/**
 * The locale a language's speakers expect when the OS names no country for it. Arabic: Arabic-Indic
 * digits (٠١٢٣), the Arabic script's own and what Egypt, the Levant, Iraq and the Gulf write; CLDR's
 * plain "ar" now formats with Latin digits, which an Arabic screen would mix with its script. Where
 * the OS does name the country (ar-MA, or an English system in Morocco), CLDR's digits for that
 * country are kept, Latin in the Maghreb.
 */
const WITHOUT_COUNTRY: Readonly<Record<string, string>> = { ar: 'ar-u-nu-arab' };

function regionOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

/** The language most people speak in a region, by CLDR's likely subtags (und-MA is ar-Arab-MA). */
function languageOfRegion(region: string): string | undefined {
  try {
    return new Intl.Locale(`und-${region}`).maximize().language;
  } catch {
    return undefined;
  }
}

/**
 * The BCP 47 tag that formats dates and numbers for a catalogue: the OS's own variant of its language
 * with a country (ar-EG, fr-CA); else the language in the country of the OS's first language that has
 * one, when that country speaks it (Arabic chosen on an en-AE system: ar-AE); else the language's own
 * default (WITHOUT_COUNTRY), or the catalogue's code.
 */
function formatLocaleFor(catalogue: string, preferred: readonly string[]): string {
  if (catalogue === PSEUDO_LOCALE) return catalogue;
  const language = languageOf(catalogue);
  const osVariant = preferred.find((tag) => languageOf(tag) === language && regionOf(tag) !== undefined);
  const variant = osVariant && canonical(osVariant);
  if (variant) return variant;
  const region = preferred.map(regionOf).find((found) => found !== undefined);
  if (region && languageOfRegion(region) === language) return canonical(`${language}-${region}`) ?? catalogue;
  return WITHOUT_COUNTRY[language] ?? catalogue;
}

export function resolveLocale(
  choice: string,
  preferred: readonly string[],
  available: readonly string[],
): ResolvedLocale {
  const chosen = choice === PSEUDO_LOCALE || available.includes(choice) ? choice : undefined;
  const catalogue = chosen ?? matchPreferred(preferred, available) ?? SOURCE_LOCALE;
  return { catalogue, formatLocale: formatLocaleFor(catalogue, preferred), direction: textDirection(catalogue) };
}
