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
  /** The BCP 47 tag for Intl: the OS's own variant of the catalogue's language when it has one (ar-EG, fr-CA). */
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

export function resolveLocale(
  choice: string,
  preferred: readonly string[],
  available: readonly string[],
): ResolvedLocale {
  const chosen = choice === PSEUDO_LOCALE || available.includes(choice) ? choice : undefined;
  const catalogue = chosen ?? matchPreferred(preferred, available) ?? SOURCE_LOCALE;
  const osVariant =
    catalogue === PSEUDO_LOCALE ? undefined : preferred.find((tag) => languageOf(tag) === languageOf(catalogue));
  const formatLocale = (osVariant && canonical(osVariant)) ?? catalogue;
  return { catalogue, formatLocale, direction: textDirection(catalogue) };
}
