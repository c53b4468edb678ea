import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl, type IntlShape } from 'react-intl';
import { describe, expect, it } from 'vitest';
import {
  accountMissingError,
  describeByStatus,
  describeQmobError,
  describeQuestionProError,
  describeTransportProblem,
  describeUnknownMessage,
  describeWith,
  describeWrongClock,
  QMOB_HTTP_ERRORS,
  QMOB_MESSAGES,
  QUESTIONPRO_ERRORS,
  QUESTIONPRO_RATE_LIMITED,
  unexpectedDeliveryError,
  type Described,
  type ServiceName,
  type TransportProblem,
} from '../../../common/errors/index';
import type { ErrorTarget } from '../../../common/errors/target';
import { pseudoCatalogue } from '../../../renderer/src/i18n/pseudo';
import { errorInWords } from '../../../renderer/src/i18n/error-words';
import { buildServiceError } from '../../../main/connectors/errors/service-error-factory';

/** The error catalogue's words: one source, said in every language the interface speaks. */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const catalogue = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>;
const english = catalogue('en');
const LANGUAGES = ['fr', 'es', 'pt', 'ar', 'sw'] as const;

function intlFor(locale: string, messages: IntlShape['messages'], errors: string[]): IntlShape {
  return createIntl({ locale, messages, defaultLocale: 'en', onError: (error) => errors.push(error.message) });
}

const SERVICES: readonly ServiceName[] = ['questionpro', 'qmob'];
const PROBLEMS: readonly TransportProblem[] = [
  'insecure-url',
  'invalid-url',
  'certificate',
  'certificate-date',
  'interrupted',
  'network',
  'connect-timeout',
  'timeout',
  'ambiguous-timeout',
  'ambiguous-network',
  'cancelled',
  'ambiguous-cancelled',
  'response-too-large',
  'proxy-unreachable',
  'proxy-refused',
  'proxy-sign-in',
  'unexpected-response',
  'ambiguous-unexpected-response',
];
/** Every way a sentence can name its respondents: none, one, several, more than are listed. */
const TARGETS: readonly ErrorTarget[] = [
  {},
  { respondents: ['r-17'], sampleField: 'age', listId: '4711', maximum: 25, imported: 8, total: 10 },
  { respondents: ['r1', 'r2'], sampleField: 'region_code', listId: '12' },
  { respondents: ['a1', 'a2', 'a3', 'a4', 'a5'] },
];

/** Every verdict the catalogue can give. */
const everyVerdict: readonly Described[] = [
  ...Object.values(QUESTIONPRO_ERRORS).map((entry) => describeWith(entry)),
  describeWith(QUESTIONPRO_RATE_LIMITED),
  ...QMOB_MESSAGES.flatMap((entry) => TARGETS.map((target) => describeWith(entry, target))),
  ...Object.values(QMOB_HTTP_ERRORS).map((entry) => describeWith(entry)),
  ...SERVICES.flatMap((service) => [
    ...PROBLEMS.map((problem) => describeTransportProblem(service, problem)),
    ...[401, 403, 404, 408, 429, 503, 418, undefined].map((status) => describeByStatus(service, status)),
    describeUnknownMessage(service),
    describeWrongClock(service, new Date(Date.UTC(2015, 2, 1, 10, 0))),
  ]),
];

describe('the error catalogue in the interface’s languages', () => {
  it('says every explanation and action in English exactly as main writes them (one source for both)', () => {
    const errors: string[] = [];
    const intl = intlFor('en-GB', english, errors);
    for (const verdict of everyVerdict) {
      const said = errorInWords(intl, {
        code: verdict.code,
        message: verdict.explanation,
        action: verdict.action,
        words: verdict.words,
      });
      expect(said, verdict.code).toEqual({ message: verdict.explanation, action: verdict.action });
    }
    expect(errors).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`says every verdict in ${language}, with its values, and not in English`, () => {
      const errors: string[] = [];
      const intl = intlFor(language, catalogue(language), errors);
      for (const verdict of everyVerdict) {
        const said = errorInWords(intl, {
          code: verdict.code,
          message: verdict.explanation,
          action: verdict.action,
          words: verdict.words,
        });
        expect(said.message, verdict.code).not.toBe(verdict.explanation);
        expect(said.action, verdict.code).not.toBe(verdict.action);
        // What the English names (respondents, a sample field, a list), the translation names too.
        const named = [
          ...(verdict.target?.respondents ?? []),
          verdict.target?.sampleField ?? '',
          verdict.target?.listId ?? '',
        ].filter((name) => name !== '' && (verdict.explanation + verdict.action).includes(name));
        for (const name of named) expect(said.message + said.action, verdict.code).toContain(name);
      }
      expect(errors).toEqual([]);
    });
  }

  it('says them in the pseudo-locale too', () => {
    const errors: string[] = [];
    const intl = intlFor('en-XA', pseudoCatalogue(english), errors);
    const said = errorInWords(intl, describedAsError(describeTransportProblem('qmob', 'network')));
    expect(said.message).toBe('[ÖÖûûţþööšţ çööûûļđ ñööţ ŕééååçĥ QMob; ñööţĥîîñĝ ŵååš šééñţ.]');
    expect(errors).toEqual([]);
  });

  it('names respondents as the locale lists them, counting those past the third', () => {
    const verdict = describeWith(qmobEntry('qmob.respondents-not-found'), {
      respondents: ['a1', 'a2', 'a3', 'a4', 'a5'],
    });
    const say = (locale: string, messages: Record<string, string>): string =>
      errorInWords(intlFor(locale, messages, []), describedAsError(verdict)).message;
    expect(verdict.explanation).toBe('QMob does not know respondents a1, a2, a3 and 2 more.');
    expect(say('fr', catalogue('fr'))).toBe('QMob ne connaît pas les répondants a1, a2, a3 et 2 autres.');
    expect(say('ar', catalogue('ar'))).toContain('a3 و');
    const one = describeWith(qmobEntry('qmob.invalid-phone'), {
      respondents: ['maria.k'],
    });
    expect(errorInWords(intlFor('es', catalogue('es'), []), describedAsError(one)).action).toBe(
      'Corrija el número de teléfono del encuestado maria.k: solo cifras y +.',
    );
    const nobody = describeWith(qmobEntry('qmob.invalid-phone'), {});
    expect(nobody.action).toBe('Fix the phone number of a respondent in this batch: only digits and +.');
  });

  it('keeps the server’s own words out of the translated sentence: they stay verbatim beside it', () => {
    const described = describeQmobError({ operation: 'add', httpStatus: 200, message: 'Quota exceeded for project.' });
    const error = buildServiceError('qmob', described, {
      httpStatus: 200,
      serverMessage: 'Quota exceeded for project.',
    });
    const said = errorInWords(intlFor('fr', catalogue('fr'), []), error);
    expect(said.message).toBe('QMob a signalé une erreur qu’Outpost ne connaît pas.');
    expect(said.message).not.toContain('Quota');
    expect(error.serverMessage).toBe('Quota exceeded for project.');
    const questionPro = describeQuestionProError({ id: '9999', httpStatus: 502, message: 'Bad gateway' });
    expect(errorInWords(intlFor('pt', catalogue('pt'), []), describedAsError(questionPro)).message).toBe(
      'O QuestionPro teve um problema do lado dele (HTTP 502).',
    );
  });

  it('says Outpost’s own delivery errors, and the wrong-clock pause with the laptop’s date in the locale', () => {
    const fr = intlFor('fr', catalogue('fr'), []);
    expect(errorInWords(fr, unexpectedDeliveryError('qmob'))).toEqual({
      message: 'Outpost a rencontré un problème inattendu pendant l’envoi. Il va réessayer.',
      action: 'Rien à faire : Outpost réessaie tout seul. Si cela se répète, contactez l’assistance.',
    });
    const gone = accountMissingError('questionpro', { code: 'not-found', message: 'That account no longer exists.' });
    expect(gone.message).toBe('That account no longer exists.');
    expect(errorInWords(fr, gone).message).toBe(
      'Le compte de cet élément, ou ses identifiants, ne sont plus sur cet ordinateur : rien n’a été envoyé.',
    );
    const clock = describeWrongClock('questionpro', new Date(Date.UTC(2015, 2, 1, 10, 0)));
    expect(errorInWords(fr, describedAsError(clock)).message).toMatch(/^La date de cet ordinateur est le 1 mars 2015/);
  });

  it('falls back to the English that came with an error whose phrase this version does not know, or that has none', () => {
    const fr = intlFor('fr', catalogue('fr'), []);
    expect(
      errorInWords(fr, {
        code: 'future',
        message: 'Something from a newer Outpost.',
        action: 'Update.',
        words: { message: { id: 'catalogue.not-yet-here' }, action: { id: 'catalogue.not-yet-here.action' } },
      }),
    ).toEqual({ message: 'Something from a newer Outpost.', action: 'Update.' });
    expect(errorInWords(fr, { code: 'old', message: 'Stored before phrases.' })).toEqual({
      message: 'Stored before phrases.',
    });
  });
});

function qmobEntry(code: string) {
  const entry = QMOB_MESSAGES.find((candidate) => candidate.code === code);
  if (!entry) throw new Error(`no QMob entry ${code}`);
  return entry;
}

function describedAsError(verdict: Described) {
  return { code: verdict.code, message: verdict.explanation, action: verdict.action, words: verdict.words };
}
