import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { describeQuestionProError } from '../../../common/errors/questionpro-catalogue';
import { describeQmobError } from '../../../common/errors/index';
import { errorInWords } from '../../../renderer/src/i18n/error-words';
import { onAccountCard, REWORDED_ACTIONS } from '../../../renderer/src/settings/action-here';
import type { AppError } from '../../../common/result';

const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const catalogue = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>;
const english = catalogue('en');
const said = (code: string, error: AppError) =>
  errorInWords(createIntl({ locale: code, messages: catalogue(code), defaultLocale: 'en' }), error);

/** A described verdict as the error it travels in. */
const asError = (described: ReturnType<typeof describeQuestionProError>): AppError => ({
  code: described.code,
  message: described.explanation,
  action: described.action,
  words: described.words,
});

describe('actions shown on an account card (issue 14 item 5)', () => {
  it('every action that sends the user to Settings → Accounts has its wording for the card', () => {
    const toSettings = Object.entries(english)
      .filter(
        ([id, text]) =>
          (id.endsWith('.action') || id.startsWith('accounts.secret.enter')) && text.includes('Settings → Accounts'),
      )
      .map(([id]) => id);
    expect(toSettings.length).toBeGreaterThan(10);
    expect(toSettings.filter((id) => !REWORDED_ACTIONS.includes(id))).toEqual([]);
  });

  it('never send the user to the page they are on, in any language', () => {
    const wrongKey = asError(describeQuestionProError({ httpStatus: 401, id: '1010' }));
    expect(wrongKey.action).toContain('Settings → Accounts');
    const onCard = onAccountCard(wrongKey);
    expect(onCard.action).toBe(
      'Check the API key of this account. Make sure the datacenter matches the one the key was issued on.',
    );
    expect(said('en', onCard).action).toBe(onCard.action);
    for (const code of ['fr', 'es', 'pt', 'ar', 'sw']) {
      const action = said(code, onCard).action ?? '';
      expect(action, code).not.toBe(said(code, wrongKey).action);
      expect(action, code).not.toMatch(/[→←]/);
    }
    const refusedLogin = asError(describeQmobError({ httpStatus: 200, message: 'Authentication failure.' }));
    expect(said('fr', onAccountCard(refusedLogin)).action).toBe(
      'Vérifiez le nom d’utilisateur et le mot de passe QMob de ce compte.',
    );
  });

  it('leaves an action that points elsewhere as it is', () => {
    const proxy: AppError = {
      code: 'transport.proxy',
      message: 'The proxy refused.',
      action: 'Check the proxy in Settings → Network (or HTTPS_PROXY).',
      words: { message: { id: 'x' }, action: { id: 'catalogue.proxy-refused.action' } },
    };
    expect(onAccountCard(proxy)).toBe(proxy);
  });
});
