/**
 * QuestionPro's timestamp form, "05 Oct, 2020 02:51:51 PM PDT", in a given IANA time zone.
 * Intl does the zone arithmetic (including daylight-saving changes), so the wall-clock time
 * and the abbreviation always agree with the instant.
 */

/**
 * en-US names US zones (PDT, EST), en-GB European ones (CEST, BST), en-AU and en-IN their own
 * (AEST, IST). The first locale that knows a real abbreviation wins; otherwise the
 * "GMT+3" form, which QuestionPro also reads, stays.
 */
const ZONE_NAME_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN'] as const;

interface ZoneFormatters {
  readonly parts: Intl.DateTimeFormat;
  readonly names: readonly Intl.DateTimeFormat[];
}

// Building a DateTimeFormat costs far more than using one; finalize runs on every response.
const formattersByZone = new Map<string, ZoneFormatters>();

function formattersFor(timeZone: string): ZoneFormatters {
  const cached = formattersByZone.get(timeZone);
  if (cached) return cached;
  const created: ZoneFormatters = {
    parts: new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: true,
      numberingSystem: 'latn',
    }),
    names: ZONE_NAME_LOCALES.map((locale) => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })),
  };
  formattersByZone.set(timeZone, created);
  return created;
}

const isOffsetName = (name: string): boolean => /^(GMT|UTC)[+\-−]/.test(name);

function zoneName(names: readonly Intl.DateTimeFormat[], instant: Date): string {
  let fallback = '';
  for (const formatter of names) {
    const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
    if (name && !isOffsetName(name)) return name;
    if (!fallback) fallback = name;
  }
  // Intl writes U+2212 in some offsets; QuestionPro's parser expects an ASCII minus.
  return fallback.replace('−', '-') || 'UTC';
}

/** Throws RangeError for a zone Intl does not know, like Intl itself. */
export function formatQuestionProTimestamp(instantMs: number, timeZone: string): string {
  const instant = new Date(instantMs);
  const formatters = formattersFor(timeZone);
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatters.parts.formatToParts(instant)) parts[part.type] = part.value;
  const hour = parts.hour === '00' ? '12' : (parts.hour ?? '12');
  const meridiem = (parts.dayPeriod ?? '').toUpperCase();
  return `${parts.day} ${parts.month}, ${parts.year} ${hour}:${parts.minute}:${parts.second} ${meridiem} ${zoneName(formatters.names, instant)}`;
}

/** True when Intl knows the zone; the renderer falls back to UTC otherwise. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
