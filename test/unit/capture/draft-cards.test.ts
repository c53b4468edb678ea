import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers, DraftRow } from '../../../common/capture';
import { createBackup, restoreBackup } from '../../../renderer/src/capture/data/backup';
import { saveSurveyVersion } from '../../../renderer/src/capture/data/surveys';
import { draftCards } from '../../../renderer/src/capture/home/draft-cards';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { waterSurvey } from './support/surveys';

let db: OutpostDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new OutpostDatabase(`draft-cards-${process.pid}-${counter}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Two of the water survey's nine questions answered: the main source (a radio) and the village. */
const twoAnswered: Answers = { '20000002': { choices: [200000021] }, '20000005': { text: 'Kibera' } };

/** A draft as one saved before the question count changed left it: "1 of 13" where the survey has 9 questions. */
function savedBeforeTheCountChanged(id: string, surveyKey: string, updatedAt: number): DraftRow {
  return {
    id,
    surveyKey,
    surveyName: 'Household Water Access',
    answers: twoAnswered,
    startedAt: 1,
    updatedAt,
    firstAnswerAt: 1,
    lastAnswerAt: updatedAt,
    location: null,
    answered: 1,
    total: 13,
    languageID: null,
    searchText: 'household water access',
  };
}

describe('the drafts list (issue 14 item 12: the library and the form count alike)', () => {
  it('counts a draft saved under the old question count as the form counts it, not as it was stored', async () => {
    const survey = waterSurvey();
    await saveSurveyVersion(db, survey);
    await db.drafts.add(savedBeforeTheCountChanged('d-old', survey.id, 5));

    const { total, cards } = await draftCards(db, '');
    expect(total).toBe(1);
    expect(cards.map((card) => [card.draft.id, card.progress])).toEqual([['d-old', { answered: 2, total: 9 }]]);
  });

  it('counts a draft brought back from a backup made before the change anew too', async () => {
    const survey = waterSurvey();
    await saveSurveyVersion(db, survey);
    await db.drafts.add(savedBeforeTheCountChanged('d-backed-up', survey.id, 5));
    const backup = JSON.stringify(await createBackup(db, 1_000));
    await db.drafts.clear();

    expect(await restoreBackup(db, backup)).toMatchObject({ ok: true, value: { drafts: 1 } });
    expect((await db.drafts.get('d-backed-up'))?.answered).toBe(1);
    expect((await draftCards(db, '')).cards.map((card) => card.progress)).toEqual([{ answered: 2, total: 9 }]);
  });

  it('shows the stored count only for a draft whose survey is no longer on this laptop, newest first', async () => {
    const survey = waterSurvey();
    await saveSurveyVersion(db, survey);
    await db.drafts.bulkAdd([
      savedBeforeTheCountChanged('d-known', survey.id, 5),
      savedBeforeTheCountChanged('d-orphan', 'acct-1/999/1', 9),
    ]);

    const { cards } = await draftCards(db, '');
    expect(cards.map((card) => [card.draft.id, card.progress])).toEqual([
      ['d-orphan', { answered: 1, total: 13 }],
      ['d-known', { answered: 2, total: 9 }],
    ]);
  });
});
