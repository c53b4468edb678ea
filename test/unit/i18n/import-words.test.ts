import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIntl, currentIntl, setCurrentIntl } from '../../../renderer/src/i18n/current-intl';
import { receiveInterfaceLanguage, shareInterfaceLanguage } from '../../../renderer/src/i18n/worker-language';
import { inspectFile } from '../../../renderer/src/roster/import/inspect-file';
import { checkStorage } from '../../../renderer/src/roster/import/storage-check';
import { violationInWords } from '../../../renderer/src/roster/violation-words';
import { freshDatabase, importText, utf8 } from '../roster/support';

/**
 * The roster import worker speaks the interface's language: the page hands it its locale and
 * catalogue (as it hands it the data key), and the worker's refusals, problems and problems report
 * are then said in it. Problems also carry phrases, so the screen says them in its own language.
 */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const catalogue = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>;

afterEach(() => setCurrentIntl(buildIntl('en', {})));

/** The page's side and the worker's side of one worker, without a real Worker: what one posts, the other hears. */
function pageAndWorker(): { post: (message: unknown) => void; deliver: () => void } {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  receiveInterfaceLanguage({ addEventListener: (_type, listener) => listeners.push(listener) });
  const queued: unknown[] = [];
  return {
    // A structured clone, as postMessage makes one, heard later in the worker.
    post: (message) => queued.push(structuredClone(message)),
    deliver: () => queued.splice(0).forEach((data) => listeners.forEach((listen) => listen({ data }))),
  };
}

/** The page speaks `code`, shares it with the worker, and then the worker speaks it (the page's intl is set aside). */
function workerSpeaking(code: string): void {
  const worker = pageAndWorker();
  setCurrentIntl(buildIntl(code, catalogue(code)));
  shareInterfaceLanguage({ postMessage: worker.post });
  // Anything else posted is not a language (the data key, the work itself).
  worker.post({ type: 'outpost.interface-language', locale: 'xx', messages: 'not a catalogue' });
  setCurrentIntl(buildIntl('en', {}));
  worker.deliver();
}

const csv = [
  'username,phonenumber,email,site_code,age',
  'amina,+254700000001,,S1,34',
  'bad name,,,S2,old',
  'kofi,+254700000002,,,41',
].join('\n');

describe('the import worker in the interface’s language', () => {
  it('writes the problems report in French: headers, severities, problems and what to do', async () => {
    workerSpeaking('fr');
    expect(currentIntl().locale).toBe('fr');
    const { db } = await freshDatabase();
    const outcome = await importText(db, utf8(csv));
    const report = (await outcome.report.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(report[0]).toBe('ligne,colonne,règle,gravité,problème,que faire');
    // The rule column keeps its stable id; the rest is French.
    expect(report.find((line) => line.includes('username-characters'))).toMatch(
      /^3,username,username-characters,erreur,"Le nom d’utilisateur « bad name » utilise des caractères que QMob n’accepte pas \(␣\)/,
    );
    expect(
      report.some((line) => line.includes('Le champ d’échantillon site_code est obligatoire et il est vide.')),
    ).toBe(true);
    expect(report.join('\n')).not.toMatch(/The username|is required|Correct the value/);
  });

  it('says its refusals of a whole file in Swahili and Spanish', async () => {
    workerSpeaking('sw');
    expect(await inspectFile(utf8(''))).toEqual({
      ok: false,
      error: { code: 'roster.file-refused', message: 'Faili ni tupu.' },
    });
    workerSpeaking('es');
    await expect(checkStorage(10_000, 1_000_000, async () => ({ quota: 1_000_000, usage: 0 }))).rejects.toThrow(
      /^Este archivo necesita unos .*MB de almacenamiento, pero este equipo solo deja a Outpost 1 MB más\. No se guardó nada\..*como máximo, y vuelva a importar\.$/,
    );
  });

  it('sends problems with their phrases, which the screen says in its own language (Arabic here)', async () => {
    const { db } = await freshDatabase();
    const outcome = await importText(db, utf8(csv));
    const required = outcome.violations.find((v) => v.rule === 'sample-field-required');
    expect(required?.message).toBe('Sample field site_code is required and is empty.');
    const arabic = buildIntl('ar-EG', catalogue('ar'));
    expect(required && violationInWords(arabic, required).message).toBe('حقل العينة site_code مطلوب وهو فارغ.');
    // The action comes from the error catalogue's QMob words, in Arabic too.
    expect(required && violationInWords(arabic, required).action).toBe(
      'املأ حقل العينة site_code لـ المستجيب kofi، ثم أرسل مرة أخرى.',
    );
  });
});
