import type { IntlShape } from 'react-intl';

/**
 * The one place dates, times, numbers and durations are written for people, always in the
 * interface's locale (Arabic digits where the Arabic locale uses them, a comma decimal in French).
 */
type Instant = number | Date;

export const formatDateTime = (intl: IntlShape, at: Instant): string =>
  intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (intl: IntlShape, at: Instant): string => intl.formatDate(at, { dateStyle: 'medium' });

export const formatTime = (intl: IntlShape, at: Instant): string => intl.formatTime(at, { timeStyle: 'short' });

/** A count of things: whole, grouped as the locale groups digits. */
export const formatCount = (intl: IntlShape, n: number): string => intl.formatNumber(Math.round(n));

export const formatPercent = (intl: IntlShape, fraction: number): string =>
  intl.formatNumber(fraction, { style: 'percent', maximumFractionDigits: 0 });

const UNITS = [
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1_000 },
] as const;

/**
 * "1 hour, 5 minutes", "12 seconds": the two largest non-zero units, each through Intl's unit
 * style and joined by the locale's list format (Intl.DurationFormat is not in every engine we test on).
 */
export function formatDuration(intl: IntlShape, ms: number): string {
  let rest = Math.max(0, Math.round(ms / 1000) * 1000);
  const parts: string[] = [];
  for (const { unit, ms: size } of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0 && parts.length < 2)
      parts.push(intl.formatNumber(amount, { style: 'unit', unit, unitDisplay: 'long' }));
  }
  if (parts.length === 0) return intl.formatNumber(0, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  return intl.formatList(parts, { type: 'unit', style: 'long' });
}

/** Bytes as the locale writes kB, MB, GB. */
export function formatBytes(intl: IntlShape, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let index = 0;
  while (value >= 1000 && index < units.length - 1) {
    value /= 1000;
    index += 1;
  }
  return intl.formatNumber(value, {
    style: 'unit',
    unit: units[index] ?? 'byte',
    unitDisplay: 'short',
    maximumFractionDigits: index === 0 ? 0 : 1,
  });
}
