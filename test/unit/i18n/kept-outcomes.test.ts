import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupTooLarge, restoredSentence } from '../../../common/capture';
import { ok } from '../../../common/result';
import { restoreBackup } from '../../../renderer/src/capture/data/backup';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { buildIntl, setCurrentIntl } from '../../../renderer/src/i18n/current-intl';
import { outcomeInWords, type Outcome } from '../../../renderer/src/i18n/outcome-words';
import { savedSentence } from '../../../renderer/src/roster/list-sentences';
import { newPassphraseFrom } from '../../../renderer/src/vault/new-passphrase';

/**
 * What a screen keeps to show until the next action (the roster list's message, Data tools' line)
 * is kept as phrases and said when drawn: a worker who switches language while it shows reads it in
 * the new language. Before, the roster's "Saved …" and the restore's sentence were text made in the
 * language of the moment the action ended.
 */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const intlFor = (code: string, locale = code) =>
  buildIntl(locale, JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>);
afterEach(() => setCurrentIntl(buildIntl('en', {})));

describe('the roster list’s message after an edit', () => {
  it('keeps the phrase, and says it in each language it is read in', () => {
    setCurrentIntl(intlFor('fr'));
    const kept: Outcome = ok(savedSentence('amina.k', { replacedItems: 1, newItems: 0 }));
    expect(kept.ok && kept.value.message.id).toBe('roster.edit.saved');
    expect(kept.ok && kept.value.values).toEqual({ name: 'amina.k', followed: 1 });
    expect(outcomeInWords(intlFor('en'), kept)).toBe('Saved amina.k. 1 outbox item updated to match.');
    expect(outcomeInWords(intlFor('sw'), kept)).toBe(
      'amina.k amehifadhiwa. Kipengee 1 cha kutuma kimesasishwa kulingana.',
    );
    expect(outcomeInWords(intlFor('ar', 'ar-EG'), kept)).toBe('حُفظ amina.k. حُدّث عنصر إرسال واحد ليطابقه.');
  });
});

describe('Data tools’ line after a restore', () => {
  it('keeps what was restored as a phrase, said in the language it is read in', async () => {
    const db = new OutpostDatabase('kept-outcomes-restore');
    await db.open();
    try {
      setCurrentIntl(intlFor('fr'));
      const text = readFileSync(
        resolve(import.meta.dirname, '../../fixtures/backups/v1-with-search-words.json'),
        'utf8',
      );
      const restored = await restoreBackup(db, text);
      const kept: Outcome = restored.ok ? ok(restoredSentence(restored.value)) : restored;
      expect(kept.ok && kept.value.message.id).toBe('capture.restore.restored');
      const english = outcomeInWords(intlFor('en'), kept);
      expect(english).toMatch(/^Restored 1 survey version, /);
      expect(outcomeInWords(intlFor('fr'), kept)).toMatch(/^Ce qui manquait a été restauré : 1 version d’enquête, /);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('keeps a refusal before reading (too large, a passphrase unusable) as phrases too', () => {
    setCurrentIntl(intlFor('fr'));
    expect(outcomeInWords(intlFor('pt'), backupTooLarge())).toBe(
      'Este arquivo é grande demais para ser um backup do Outpost. Nada foi restaurado.',
    );
    const form = new FormData();
    form.set('passphrase', 'correct horse battery');
    form.set('repeat', 'correct horse staple');
    const chosen = newPassphraseFrom(form);
    expect(chosen.problem?.message.id).toBe('passphrase.new.different');
  });
});
