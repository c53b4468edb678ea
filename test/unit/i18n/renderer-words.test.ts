import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../common/accounts/index';
import { buildIntl, currentIntl, setCurrentIntl } from '../../../renderer/src/i18n/current-intl';
import { saySentence } from '../../../common/i18n/phrase';
import { validateNumber } from '../../../common/capture';
import { qmobDraftFrom } from '../../../renderer/src/settings/qmob-form-model';
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
    expect(english).toMatchObject({ ok: false, error: { label: 'Enter a name for this account.' } });
    speak('fr');
    expect(questionProDraftFrom(emptyQuestionPro)).toMatchObject({
      ok: false,
      error: {
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

  it('a schema’s own check (zod) reaches the form in the chosen language, never in zod’s English', () => {
    const questionPro = {
      label: 'x'.repeat(101),
      location: 'custom',
      customBaseUrl: 'https://me@example.org',
      userId: 'abc',
      apiKey: 'k',
    };
    expect(questionProDraftFrom(questionPro)).toMatchObject({
      ok: false,
      error: {
        label: 'At most 100 characters.',
        customBaseUrl: 'Must be an https:// address (no user name, password or query in it)',
        userId: 'User ID is a number',
      },
    });
    speak('fr');
    expect(questionProDraftFrom(questionPro)).toMatchObject({
      ok: false,
      error: {
        label: '100 caractères au maximum.',
        customBaseUrl: 'Doit être une adresse https:// (sans nom d’utilisateur, mot de passe ni paramètres)',
        userId: 'L’identifiant utilisateur est un nombre',
      },
    });
    speak('ar');
    const qmob = {
      label: 'Field',
      locationChoice: 'instance' as const,
      instance: 'acme.myqmob.com',
      customBaseUrl: '',
      project: 'P',
      userName: 'u',
      companyId: 'c'.repeat(101),
      callbackUrl: 'not an address',
      password: 'p',
    };
    expect(qmobDraftFrom(qmob)).toMatchObject({
      ok: false,
      error: {
        instance: 'المثيل هو الكلمة الأولى من عنوان لوحة التحكم',
        companyId: '100 حرف على الأكثر.',
        callbackUrl: 'أدخل عنوانًا كاملًا، مثل https://example.org/qmob-callback.',
      },
    });
  });

  it('the capture checks in common/ are sentences, said in the language they are shown in', () => {
    const problem = validateNumber('0', 1, 20);
    expect(problem).not.toBeNull();
    if (!problem) return;
    speak('es');
    expect(saySentence(currentIntl(), problem)).toBe(
      JSON.parse(readFileSync(resolve(folder, 'es.json'), 'utf8'))['capture.validation.atLeast'].replace(
        '{min, number}',
        '1',
      ),
    );
    speak('sw');
    expect(saySentence(currentIntl(), problem)).not.toBe(saySentence(buildIntl('en', {}), problem));
  });
});
