import { describe, expect, it } from 'vitest';
import { formatQuestionProTimestamp, isKnownTimeZone } from '../../../common/capture';

const at = (iso: string): number => Date.parse(iso);

describe('formatQuestionProTimestamp', () => {
  it('reproduces the seed document example', () => {
    expect(formatQuestionProTimestamp(at('2020-10-05T21:51:51Z'), 'America/Los_Angeles')).toBe(
      '05 Oct, 2020 02:51:51 PM PDT',
    );
  });

  it.each([
    // zone, instant, expected: one row per side of each daylight-saving change
    ['America/Los_Angeles', '2026-03-08T09:59:59Z', '08 Mar, 2026 01:59:59 AM PST'],
    ['America/Los_Angeles', '2026-03-08T10:00:00Z', '08 Mar, 2026 03:00:00 AM PDT'],
    ['America/Los_Angeles', '2026-11-01T08:59:59Z', '01 Nov, 2026 01:59:59 AM PDT'],
    ['America/Los_Angeles', '2026-11-01T09:00:00Z', '01 Nov, 2026 01:00:00 AM PST'],
    ['America/New_York', '2026-03-08T06:59:59Z', '08 Mar, 2026 01:59:59 AM EST'],
    ['America/New_York', '2026-03-08T07:00:00Z', '08 Mar, 2026 03:00:00 AM EDT'],
    ['Europe/Berlin', '2026-03-29T00:59:59Z', '29 Mar, 2026 01:59:59 AM CET'],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', '29 Mar, 2026 03:00:00 AM CEST'],
    ['Europe/Berlin', '2026-10-25T00:59:59Z', '25 Oct, 2026 02:59:59 AM CEST'],
    ['Europe/Berlin', '2026-10-25T01:00:00Z', '25 Oct, 2026 02:00:00 AM CET'],
    ['Europe/London', '2026-03-29T00:59:59Z', '29 Mar, 2026 12:59:59 AM GMT'],
    ['Europe/London', '2026-03-29T01:00:00Z', '29 Mar, 2026 02:00:00 AM BST'],
    ['Australia/Sydney', '2026-04-04T15:59:59Z', '05 Apr, 2026 02:59:59 AM AEDT'],
    ['Australia/Sydney', '2026-04-04T16:00:00Z', '05 Apr, 2026 02:00:00 AM AEST'],
    ['Australia/Sydney', '2026-10-03T15:59:59Z', '04 Oct, 2026 01:59:59 AM AEST'],
    ['Australia/Sydney', '2026-10-03T16:00:00Z', '04 Oct, 2026 03:00:00 AM AEDT'],
  ])('%s at %s is %s', (zone, iso, expected) => {
    expect(formatQuestionProTimestamp(at(iso), zone)).toBe(expected);
  });

  it('writes zones without a common abbreviation as a GMT offset with an ASCII minus', () => {
    expect(formatQuestionProTimestamp(at('2026-01-01T12:00:00Z'), 'Africa/Nairobi')).toBe(
      '01 Jan, 2026 03:00:00 PM GMT+3',
    );
    expect(formatQuestionProTimestamp(at('2026-01-01T12:00:00Z'), 'America/Sao_Paulo')).toBe(
      '01 Jan, 2026 09:00:00 AM GMT-3',
    );
    expect(formatQuestionProTimestamp(at('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe('01 Jan, 2026 05:30:00 PM IST');
  });

  it('writes midnight and noon as 12 with the right meridiem, and UTC as UTC', () => {
    expect(formatQuestionProTimestamp(at('2026-01-01T00:00:00Z'), 'UTC')).toBe('01 Jan, 2026 12:00:00 AM UTC');
    expect(formatQuestionProTimestamp(at('2026-01-01T12:00:00Z'), 'UTC')).toBe('01 Jan, 2026 12:00:00 PM UTC');
  });

  it('matches the documented shape for every hour of a day across a change', () => {
    const start = at('2026-03-08T00:00:00Z');
    for (let hour = 0; hour < 48; hour += 1) {
      expect(formatQuestionProTimestamp(start + hour * 3_600_000, 'America/Chicago')).toMatch(
        /^\d{2} [A-Z][a-z]{2}, \d{4} (0[1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM) (CST|CDT)$/,
      );
    }
  });

  it('knows which zones exist', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => formatQuestionProTimestamp(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
