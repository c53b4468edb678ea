import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl, createIntlCache } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { parseSurveyPackage, serializeSurveyPackage, SURVEY_PACKAGE_MAX_CHARS } from '../../../common/capture';
import { sayPhrase } from '../../../common/i18n/phrase';
import { marketSurvey, must } from './support/surveys';

const french = createIntl(
  {
    locale: 'fr',
    messages: JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues/fr.json'), 'utf8'),
    ) as Record<string, string>,
  },
  createIntlCache(),
);

describe('survey package', () => {
  const survey = marketSurvey();
  const good = serializeSurveyPackage(survey, 1_700_000_000_000);

  it('round-trips a survey exactly', () => {
    expect(parseSurveyPackage(good)).toEqual({ ok: true, value: survey });
  });

  const broken: [string, string, string][] = [
    ['not JSON', 'this is { not json', 'package-not-json'],
    ['an empty file', '', 'package-not-json'],
    ['JSON of something else', JSON.stringify({ hello: 'world' }), 'package-wrong-format'],
    ['a JSON array', '[1,2,3]', 'package-wrong-format'],
    ['another version', good.replace('"version": 2', '"version": 7'), 'package-wrong-version'],
    [
      'a missing survey',
      JSON.stringify({ format: 'outpost.survey-package', version: 1, exportedAt: 1 }),
      'package-invalid',
    ],
    ['a question without an ID', good.replace('"questionID": 30000001,', ''), 'package-invalid'],
    ['a question ID that is text', good.replace('"questionID": 30000001', '"questionID": "thirty"'), 'package-invalid'],
    ['a survey without a name', good.replace(`"name": "Market Stall Census",`, ''), 'package-invalid'],
    ['an unexpected extra field', good.replace('"format"', '"evil": true, "format"'), 'package-invalid'],
    ['a question listed twice', good.replace('"questionID": 30000002', '"questionID": 30000001'), 'package-invalid'],
  ];

  it.each(broken)('refuses %s with a clear sentence', (_name, text, code) => {
    const result = parseSurveyPackage(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(/Nothing was imported\.$/);
    // Said where it is shown, in the language of that moment: a phrase, not only English.
    expect(result.error.words?.message.id).toMatch(/^(?:error\.package-|capture\.package\.refusal\.)/);
  });

  it('says a question listed twice as that, not as damage, in the reader’s language', () => {
    const twice = parseSurveyPackage(good.replace('"questionID": 30000002', '"questionID": 30000001'));
    expect(twice.ok ? 'not refused' : sayPhrase(french, must(twice.error.words).message, twice.error.message)).toBe(
      'Ce paquet d’enquête contient deux fois la même question. Exportez-le à nouveau. Rien n’a été importé.',
    );
  });

  it('refuses a huge file before parsing it', () => {
    const huge = ' '.repeat(SURVEY_PACKAGE_MAX_CHARS + 1);
    const started = performance.now();
    const result = parseSurveyPackage(huge);
    expect(result.ok ? null : result.error.code).toBe('package-too-large');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a well-formed file with absurdly many questions', () => {
    const many = {
      ...survey,
      questions: Array.from({ length: 6_000 }, (_, i) => ({ ...must(survey.questions[0]), questionID: i + 1 })),
    };
    const result = parseSurveyPackage(
      JSON.stringify({ format: 'outpost.survey-package', version: 1, exportedAt: 1, survey: many }),
    );
    expect(result.ok ? null : result.error.code).toBe('package-invalid');
  });
});
