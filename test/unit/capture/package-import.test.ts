import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeSurveyPackage, type LocalSurvey } from '../../../common/capture';
import { saySentence } from '../../../common/i18n/phrase';
import type { Result } from '../../../common/result';
import { createDraft, saveDraft, withAnswers } from '../../../renderer/src/capture/data/drafts';
import { importSurveyPackage, packageImportSentence } from '../../../renderer/src/capture/data/import-package';
import { latestVersions } from '../../../renderer/src/capture/data/surveys';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { buildIntl, currentIntl, setCurrentIntl } from '../../../renderer/src/i18n/current-intl';
import { errorInWords } from '../../../renderer/src/i18n/error-words';
import { marketSurvey, must } from './support/surveys';

/**
 * Issue 18: a package whose version id existed with other questions silently
 * replaced the questions under a draft in progress; an older version said
 * "Imported …" while the library kept showing the newer one.
 */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const intlFor = (code: string, locale = code) =>
  buildIntl(locale, JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>);
const english = intlFor('en');
/** A refusal as the screen says it, in `intl`'s language. */
const refusal = (result: Result<unknown>, intl = english): string =>
  result.ok ? 'not refused' : errorInWords(intl, result.error).message;

let db: OutpostDatabase;
let counter = 0;
beforeEach(async () => {
  counter += 1;
  db = new OutpostDatabase(`package-import-${counter}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const packaged = (survey: LocalSurvey): string => serializeSurveyPackage(survey, survey.fetchedAt + 1);
const withFetchedAt = (survey: LocalSurvey, fetchedAt: number): LocalSurvey => ({
  ...survey,
  fetchedAt,
  id: `${survey.accountId}/${survey.surveyId}/${fetchedAt}`,
});

describe('survey packages never change what a draft stands on', () => {
  it('a package whose version id is here with other questions is refused, and the draft keeps its questions', async () => {
    const survey = marketSurvey();
    const first = await importSurveyPackage(db, packaged(survey));
    expect(first).toMatchObject({ ok: true, value: { kind: 'imported' } });
    const draft = await createDraft(db, survey, 1_000, null);
    const question = must(survey.questions[0]);
    await saveDraft(db, withAnswers(draft, survey, {}, 2_000));

    const other: LocalSurvey = { ...survey, questions: survey.questions.slice(1) };
    const second = await importSurveyPackage(db, packaged(other));
    expect(second.ok).toBe(false);
    expect(second.ok ? '' : second.error.code).toBe('package-conflicts');
    expect(refusal(second)).toMatch(
      /already here has other questions, and 1 draft is started on it\. Nothing was imported, so no draft changes/,
    );
    const stored = must(await db.surveys.get(survey.id));
    expect(stored.questions.map((q) => q.questionID)).toContain(question.questionID);
    expect(stored).toEqual(survey);
  });

  it('the same package again is "already here", and nothing changes', async () => {
    const survey = marketSurvey();
    await importSurveyPackage(db, packaged(survey));
    const again = await importSurveyPackage(db, packaged(survey));
    expect(again).toMatchObject({ ok: true, value: { kind: 'already-here' } });
    expect(
      saySentence(english, packageImportSentence(again.ok ? again.value : { kind: 'already-here', survey })),
    ).toMatch(/is already here, with the same questions\. Nothing changed\./);
    expect(await db.surveys.count()).toBe(1);
  });

  it('an older version than the one here says a newer one is here and what will happen, and changes nothing', async () => {
    const newer = withFetchedAt(marketSurvey(), 1_767_225_600_000);
    const older = withFetchedAt(marketSurvey(), 1_764_547_200_000);
    await importSurveyPackage(db, packaged(newer));
    const result = await importSurveyPackage(db, packaged(older));
    expect(result.ok ? '' : result.error.code).toBe('package-older');
    expect(refusal(result)).toMatch(
      /A newer version of “Market Stall Census” is already here \(Jan 1, 2026, 12:00 AM UTC\); this package holds the older one of Dec 1, 2025, 12:00 AM UTC\. Nothing was imported: new interviews keep using the newer version/,
    );
    expect((await db.surveys.toArray()).map((s) => s.id)).toEqual([newer.id]);
    expect(latestVersions(await db.surveys.toArray())[0]?.id).toBe(newer.id);
  });

  it('a newer version is stored beside the older one, and says what happens to drafts', async () => {
    const older = withFetchedAt(marketSurvey(), 1_764_547_200_000);
    const newer = withFetchedAt(marketSurvey(), 1_767_225_600_000);
    await importSurveyPackage(db, packaged(older));
    const draft = await createDraft(db, older, 1_000, null);
    const result = await importSurveyPackage(db, packaged(newer));
    expect(result.ok && saySentence(english, packageImportSentence(result.value))).toMatch(
      /New interviews use this version; drafts started on the one of Dec 1, 2025, 12:00 AM UTC keep theirs\./,
    );
    expect(await db.surveys.count()).toBe(2);
    expect(must(await db.drafts.get(draft.id)).surveyKey).toBe(older.id);
  });

  it('a refusal and what an import did are said in the language they are read in, not the one active when made', async () => {
    const older = withFetchedAt(marketSurvey(), 1_764_547_200_000);
    const newer = withFetchedAt(marketSurvey(), 1_767_225_600_000);
    const before = currentIntl();
    setCurrentIntl(intlFor('fr'));
    try {
      const first = await importSurveyPackage(db, packaged(newer));
      const refused = await importSurveyPackage(db, packaged(older));
      expect(refused.ok ? null : refused.error.words?.message.id).toBe('capture.package.older');
      // Read later, once the worker has switched to English, then to Arabic.
      expect(refusal(refused)).toBe(
        'A newer version of “Market Stall Census” is already here (Jan 1, 2026, 12:00 AM UTC); this package holds the older one of Dec 1, 2025, 12:00 AM UTC. Nothing was imported: new interviews keep using the newer version, and drafts keep the version they started on.',
      );
      expect(refusal(refused, intlFor('ar', 'ar-EG'))).toMatch(
        /^يوجد هنا بالفعل إصدار أحدث من «Market Stall Census» \([^)]*[٠-٩][^)]* بالتوقيت العالمي\)/,
      );
      expect(first.ok && saySentence(intlFor('sw'), packageImportSentence(first.value))).toBe(
        '“Market Stall Census” imeingizwa (maswali 12).',
      );
      // A file refused before it is read is said by its phrase too, not in the French of that moment.
      const notJson = await importSurveyPackage(db, 'hello');
      expect(refusal(notJson)).toBe(
        'This file is not an Outpost survey package (it is not JSON). Nothing was imported.',
      );
    } finally {
      setCurrentIntl(before);
    }
  });
});
