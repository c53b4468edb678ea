import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup, restoredSentence } from '../../../common/capture';
import { saySentence } from '../../../common/i18n/phrase';
import { bridgeMissing } from '../../../renderer/src/api/bridge-missing';
import { openBackupFile } from '../../../renderer/src/capture/data/backup-envelope';
import { restoreBackup } from '../../../renderer/src/capture/data/backup';
import { startCorrection, uncorrectableReason } from '../../../renderer/src/capture/data/corrections';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { buildIntl, currentIntl, setCurrentIntl } from '../../../renderer/src/i18n/current-intl';
import { errorInWords } from '../../../renderer/src/i18n/error-words';
import { outboxStoreFor } from '../../../renderer/src/outbox/dexie-outbox-store';
import { checkedPayload } from '../../../renderer/src/outbox/payload-check';
import { newListRow } from '../../../renderer/src/roster/new-list';

/**
 * Words built outside components (renderer data functions, common/ rules, zod's checks) reach the
 * screen in the chosen language: each is said here as the screen says it, through the real catalogues.
 */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const catalogue = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>;
const intlFor = (code: string, locale = code) => buildIntl(locale, catalogue(code));
const speak = (code: string): void => setCurrentIntl(intlFor(code));
afterEach(() => setCurrentIntl(buildIntl('en', {})));

/** zod's own developer English, which must never reach a person. */
const ZOD_ENGLISH = /Invalid|Too (?:big|small)|expected|received/;

let counter = 0;
async function freshDatabase(): Promise<OutpostDatabase> {
  counter += 1;
  const db = new OutpostDatabase(`outside-words-${counter}`);
  await db.open();
  return db;
}

describe('a correction that cannot start or finish', () => {
  it('says why in the chosen language, and keeps its English for the log', async () => {
    const db = await freshDatabase();
    try {
      const refused = await startCorrection(db, 'no-such-response', 1_000);
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error).toMatchObject({
        code: 'correction-response-missing',
        message: 'This response is no longer on this laptop.',
      });
      expect(errorInWords(intlFor('fr'), refused.error).message).toBe('Cette réponse n’est plus sur cet ordinateur.');
    } finally {
      db.close();
      await db.delete();
    }
    expect(saySentence(intlFor('ar'), uncorrectableReason('sending'))).toBe(
      'تُرسل هذه الاستجابة الآن. حاول مرة أخرى بعد لحظة.',
    );
    expect(saySentence(intlFor('sw'), uncorrectableReason('not-sent'))).toBe(
      'Jibu hili halitatumwa (liliachwa), kwa hiyo hakuna cha kurekebisha.',
    );
  });
});

describe('an outbox correction refused', () => {
  it('says why in the chosen language', async () => {
    const db = await freshDatabase();
    try {
      const refused = await outboxStoreFor(db).replace(
        'no-such-item',
        { kind: 'qmob.remove-respondents', listId: '1001', usernames: ['a.b'] },
        1_000,
      );
      expect(refused.ok ? null : errorInWords(intlFor('pt'), refused.error).message).toBe(
        'Este item não está mais na caixa de saída.',
      );
    } finally {
      db.close();
      await db.delete();
    }
  });
});

describe('a backup refused or restored', () => {
  it('is refused in the chosen language: not JSON, not a backup, newer, a wrong passphrase', async () => {
    const notJson = parseBackup('nope');
    expect(notJson.ok ? null : errorInWords(intlFor('ar'), notJson.error).message).toBe(
      'هذا الملف ليس نسخة احتياطية من Outpost (ليس بصيغة JSON). لم يُستعد شيء.',
    );
    const newer = parseBackup(JSON.stringify({ format: 'outpost.backup', version: 999, tables: {} }));
    expect(newer.ok ? null : errorInWords(intlFor('es'), newer.error).message).toBe(
      'Esta copia la hizo una versión más reciente de Outpost. Actualice Outpost en esta computadora y luego restáurela. No se restauró nada.',
    );
    const db = await freshDatabase();
    try {
      const damaged = await restoreBackup(db, JSON.stringify({ format: 'outpost.backup', version: 2, tables: {} }));
      expect(damaged.ok ? null : errorInWords(intlFor('pt'), damaged.error).message).toBe(
        'Este arquivo não é um backup completo do Outpost: parte dele está danificada ou falta. Nada foi restaurado.',
      );
    } finally {
      db.close();
      await db.delete();
    }
    const sealed = readFileSync(resolve(import.meta.dirname, '../../fixtures/backups/encrypted-v1.json'), 'utf8');
    const wrong = await openBackupFile(sealed, 'not the passphrase');
    expect(wrong.ok ? null : errorInWords(intlFor('fr'), wrong.error).message).toBe(
      'Cette phrase secrète n’ouvre pas cette sauvegarde. Rien n’a été restauré ; réessayez.',
    );
  });

  it('says what it restored, roster lists and respondents too, with the language’s plurals and digits', () => {
    const counts = {
      surveys: 1,
      drafts: 2,
      responses: 3,
      outbox: 3,
      rosterLists: 1,
      respondents: 40,
      memberships: 40,
      settings: 0,
    };
    expect(saySentence(intlFor('fr'), restoredSentence(counts))).toBe(
      'Ce qui manquait a été restauré : 1 version d’enquête, 2 brouillons, 3 réponses, 3 éléments d’envoi, 1 liste de répondants, 40 répondants, 40 appartenances à une liste et 0 réglage.',
    );
    const arabic = saySentence(intlFor('ar', 'ar-EG'), restoredSentence(counts));
    expect(arabic).toContain('قائمة مستجيبين واحدة');
    expect(arabic).toContain('٤٠ مستجيبًا');
    expect(arabic).toContain('مسودتان');
    expect(arabic).not.toMatch(/[A-Za-z0-9]/);
  });
});

describe('the renderer without its bridge to main', () => {
  it('says so in the chosen language', () => {
    expect(bridgeMissing.ok ? null : errorInWords(intlFor('sw'), bridgeMissing.error).message).toBe(
      'Outpost haiwezi kufikia huduma yake ya nyuma. Tafadhali zima na uwashe Outpost upya.',
    );
  });
});

describe('a schema’s checks on forms outside Settings', () => {
  const list = { accountId: 'account-1', groupId: '10 01', name: 'x'.repeat(201), preview: false, previewMax: '5' };

  it('the new list form names each field and says its check in the chosen language, never zod’s English', () => {
    const english = newListRow(list, 'list-1', 1_000);
    expect(english.ok ? '' : english.error.message).toBe(
      'QMob list id (group_id): The QMob list id is a number like 1001. List name: At most 200 characters.',
    );
    speak('fr');
    const french = newListRow(list, 'list-1', 1_000);
    expect(french.ok ? '' : french.error.message).toBe(
      'ID de liste QMob (group_id) : L’ID de liste QMob est un nombre comme 1001. Nom de la liste : 200 caractères au maximum.',
    );
    speak('ar');
    const arabic = newListRow({ ...list, name: 'Kibera', groupId: '' }, 'list-1', 1_000);
    expect(arabic.ok ? '' : arabic.error.message).toBe('معرّف قائمة QMob (group_id): حرف واحد على الأقل.');
    expect(newListRow({ ...list, name: 'Kibera', groupId: '1001' }, 'list-1', 1_000)).toMatchObject({
      ok: true,
      value: { name: 'Kibera', groupId: '1001', accountId: 'account-1' },
    });
  });

  it('the outbox’s JSON editor says what is wrong with the payload in the chosen language', () => {
    const spanish = intlFor('es');
    const notJson = checkedPayload(spanish, '{nope');
    expect(notJson.ok ? '' : notJson.error.message).toBe('Esto no es JSON válido.');
    const refused = checkedPayload(
      spanish,
      JSON.stringify({ kind: 'qmob.copy-respondents', listId: '1001', usernames: [] }),
    );
    expect(refused.ok ? '' : refused.error.message).toBe('usernames: Esto no tiene la forma que se espera aquí.');
    const whole = checkedPayload(intlFor('fr'), '[]');
    expect(whole.ok ? '' : whole.error.message).toBe('L’élément : Ce n’est pas sous la forme attendue ici.');
    expect(whole.ok ? '' : whole.error.message).not.toMatch(ZOD_ENGLISH);
    expect(currentIntl().locale).toBe('en');
  });
});
