import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../common/accounts/index';
import { buildIntl, setCurrentIntl } from '../../../renderer/src/i18n/current-intl';
import { memberStateWords } from '../../../renderer/src/roster/ui/member-state';
import { describeSecret } from '../../../renderer/src/settings/account-description';
import { httpsAddressError } from '../../../renderer/src/settings/form-validation';
import { questionProDraftFrom } from '../../../renderer/src/settings/questionpro-form-model';
import { HttpsUrlSchema } from '../../../common/accounts/index';

/** The renderer's data functions and form checks speak the chosen language (react-intl's imperative API). */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const speak = (code: string): void =>
  setCurrentIntl(
    buildIntl(code, JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>),
  );
afterEach(() => setCurrentIntl(buildIntl('en', {})));

const emptyQuestionPro = { label: ' ', location: '', customBaseUrl: '', userId: '', apiKey: '' };

describe('renderer words outside components', () => {
  it('form checks say what to enter in the chosen language, and in English by default', () => {
    const english = questionProDraftFrom(emptyQuestionPro);
    expect(english).toMatchObject({ ok: false, errors: { label: 'Enter a name for this account.' } });
    speak('fr');
    expect(questionProDraftFrom(emptyQuestionPro)).toMatchObject({
      ok: false,
      errors: {
        label: 'Saisissez un nom pour ce compte.',
        location: 'Choisissez le centre de données de votre compte.',
        apiKey: 'Saisissez la clé d’API de QuestionPro (Integrations → API).',
      },
    });
    speak('ar');
    expect(httpsAddressError(HttpsUrlSchema, 'http://example.org')).toBe(
      'استخدم عنوانًا يبدأ بـ https://. لا يرسل Outpost البيانات أبدًا عبر http:// العادي.',
    );
  });

  it('a roster member’s state and an account’s secret are said in the chosen language', () => {
    speak('sw');
    expect(memberStateWords('item-1', 'delivered')).toBe('Kimetumwa kwa QMob');
    expect(memberStateWords(null, undefined)).toBe('Bado hakijawekwa foleni');
    speak('es');
    expect(describeSecret({ kind: 'qmob', passwordStored: false } as Account)).toBe('Sin contraseña guardada');
  });
});
