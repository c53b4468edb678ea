import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCsvRows, readableAnswers, safeCell, toCsv } from '../../../common/capture';
import { buildIntl } from '../../../renderer/src/i18n/current-intl';
import { must, waterSurvey } from './support/surveys';

const english = buildIntl('en', {});

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('neutralises %j', (cell) => {
    expect(safeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves ordinary text alone', () => {
    expect(safeCell('Kibera')).toBe('Kibera');
    expect(safeCell('a=b')).toBe('a=b');
  });

  it('one row per response, one column per question or sub-field, every cell safe', () => {
    const survey = waterSurvey();
    const rows = buildCsvRows(english, survey.questions, [
      {
        id: 'r1',
        finalizedAt: Date.parse('2026-01-02T03:04:05Z'),
        state: 'queued',
        enumeratorId: '=cmd|calc',
        answers: {
          '20000002': { choices: [200000022] },
          '20000004': { choices: [200000043, 200000041] },
          '20000005': { text: '=1+1' },
          '20000081': { choices: [200000812] },
          '20000101': { text: 'Amina' },
          '20000102': { text: '+254700000001' },
        },
      },
    ]);
    // presentation text takes no column; 12 answerable questions (incl. matrix rows and contact fields)
    expect(rows[0]).toHaveLength(4 + 12);
    expect(rows[0]?.slice(0, 5)).toEqual([
      'Response ID',
      'Finalized at (UTC)',
      'State',
      'Enumerator',
      'Q2 What is the main source of drinking water?',
    ]);
    const row = must(rows[1]);
    expect(row.slice(0, 4)).toEqual(['r1', '2026-01-02T03:04:05.000Z', 'queued', "'=cmd|calc"]);
    expect(row[4]).toBe('Borehole');
    expect(row[6]).toBe('Drinking; Washing');
    expect(row[7]).toBe("'=1+1");
    expect(row).toContain('Amina');
    expect(row).toContain("'+254700000001");
  });

  it('names Outpost’s own columns in the exporter’s language; the questions keep the survey’s text; still formula-safe', () => {
    const survey = waterSurvey();
    const catalogue = (code: string): Record<string, string> =>
      JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../../../renderer/src/i18n/catalogues/${code}.json`), 'utf8'),
      ) as Record<string, string>;
    const header = (intl: ReturnType<typeof buildIntl>): string[] =>
      must(buildCsvRows(intl, survey.questions, [])[0]).slice(0, 5);
    expect(header(buildIntl('fr', catalogue('fr')))).toEqual([
      'ID de la réponse',
      'Terminée le (UTC)',
      'État',
      'Enquêteur',
      'Q2 What is the main source of drinking water?',
    ]);
    expect(header(buildIntl('ar', catalogue('ar')))).toEqual([
      'معرّف الاستجابة',
      'وقت الإنهاء (UTC)',
      'الحالة',
      'الباحث الميداني',
      'Q2 What is the main source of drinking water?',
    ]);
    // A translation is text from outside the code too: one that starts like a formula is neutralised.
    const hostile = buildIntl('xx', { 'capture.csv.state': '=HYPERLINK("http://x")' });
    expect(header(hostile)[2]).toBe('\'=HYPERLINK("http://x")');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe('"a,b","say ""hi""","two\nlines",plain\r\n');
  });
});

describe('readable answers (the response detail)', () => {
  it('names each answered entry by its question text (and row or field), in survey order, unanswered ones left out', () => {
    const survey = waterSurvey();
    const answers = readableAnswers(survey.questions, {
      '20000101': { text: 'Amina' },
      '20000002': { choices: [200000022] },
      '20000081': { notApplicable: true },
      '20000004': { choices: [200000043, 200000041] },
    });
    expect(answers).toEqual([
      { question: 'What is the main source of drinking water?', answer: 'Borehole', notApplicable: false },
      {
        question: 'What is the water used for?',
        answer: 'Drinking; Washing',
        notApplicable: false,
      },
      { question: 'How often does each of these happen?: Water runs out', answer: '', notApplicable: true },
      { question: expect.stringMatching(/: First Name$/), answer: 'Amina', notApplicable: false },
    ]);
  });
});
