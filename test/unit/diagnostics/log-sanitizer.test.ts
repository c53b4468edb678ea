import { describe, expect, it } from 'vitest';
import { sanitizeLog } from '../../../main/diagnostics/log-sanitizer';
import { Redactor } from '../../../main/logging/logger';

describe('log lines in a diagnostics bundle', () => {
  it('keep Outpost’s words, numbers and safe codes; lose other text, unknown lines and late-learnt secrets', () => {
    const redactor = new Redactor();
    const lines = [
      JSON.stringify({
        time: '2026-12-01T08:00:00.000Z',
        level: 'warn',
        message: 'request failed',
        fields: {
          method: 'POST',
          url: 'https://api.questionpro.com/a/api/v2/surveys/1/responses?apiKey=QUERY-SECRET',
          problem: 'network',
          sent: true,
          ms: 812,
          serverMessage: 'Respondent amina.k phone +255700000101 invalid',
          respondents: ['amina.k'],
          nested: { phone: '+255700000101' },
        },
      }),
      'not json at all: +255700000101',
      JSON.stringify({ time: 't', level: 'info', message: 'key LATE-SECRET-0001 used', fields: { kind: 'qmob' } }),
      '',
    ].join('\n');
    redactor.register('LATE-SECRET-0001');
    const out = sanitizeLog(lines, redactor);
    const [first, second, third] = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toEqual({
      time: '2026-12-01T08:00:00.000Z',
      level: 'warn',
      message: 'request failed',
      fields: {
        method: 'POST',
        url: 'https://api.questionpro.com/a/api/v2/surveys/1/responses',
        problem: 'network',
        sent: true,
        ms: 812,
        serverMessage: '[left out]',
        respondents: '[left out]',
        nested: '[left out]',
      },
    });
    expect(second).toMatchObject({ message: 'key [redacted] used', fields: { kind: 'qmob' } });
    expect(third).toMatchObject({ message: "1 lines not in Outpost's format left out" });
    for (const secret of ['QUERY-SECRET', 'amina.k', '+255700000101', 'LATE-SECRET-0001'])
      expect(out).not.toContain(secret);
  });
});
