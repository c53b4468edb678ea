import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  buildResponseSet,
  captureKindOf,
  draftRowSchema,
  LEGACY_REFETCH_REASON,
  localSurveySchema,
  parseSurveyPackage,
  UNREADABLE_REFETCH_REASON,
  validateAnswers,
  type Answers,
} from '../../../common/capture';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { legacyDraft, legacyWaterSurvey } from '../../fixtures/legacy/v2-local-survey';
import { FIRST_SCHEMA } from '../../support/first-schema';
import { waterSurvey } from './support/surveys';

/** The schema as it stood before version 3 (versions 1 and 2), frozen here. */
function openVersion2(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(FIRST_SCHEMA);
  db.version(2).stores({ responses: 'id, surveyKey, state, finalizedAt, outboxId, *searchWords' });
  return db;
}

describe('schema version 3: surveys in the real question format', () => {
  it('converts surveys stored in the older format; every draft keeps its answers and sends them as before', async () => {
    const name = `survey-upgrade-${Date.now()}`;
    const v2 = openVersion2(name);
    await v2
      .table('surveys')
      .bulkAdd([
        legacyWaterSurvey,
        { id: 'acct-1/9/1', accountId: 'acct-1', surveyId: 9, name: 'Broken copy', fetchedAt: 1, questions: 'junk' },
      ]);
    await v2.table('drafts').bulkAdd([legacyDraft, { ...legacyDraft, id: 'draft-on-broken', surveyKey: 'acct-1/9/1' }]);
    v2.close();

    const db = new OutpostDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(3);
      const survey = localSurveySchema.parse(await db.surveys.get(legacyWaterSurvey.id));
      expect(survey.refetchReason).toBe(LEGACY_REFETCH_REASON);
      expect(survey.questions.map((question) => [question.code, question.type, captureKindOf(question)])).toEqual([
        ['Q1', 'static_presentation_text', 'display'],
        ['Q2', 'multiplechoice_radio', 'single'],
        ['Q3', 'multiplechoice_dropdown', 'dropdown'],
        ['Q4', 'multiplechoice_checkbox', 'multiple'],
        ['Q5', 'text_single_row', 'text'],
        ['Q6', 'text_multiple_row', 'long-text'],
        ['Q7', 'text_numeric', 'number'],
        ['Q8', 'matrix_radio', 'matrix-single'],
        ['Q9', 'matrix_checkbox', 'matrix-multiple'],
        ['Q10', 'contact_information', 'contact'],
        ['Q11', 'file_upload', null],
      ]);

      // Both drafts are there, unchanged, and still valid rows.
      const drafts = await db.drafts.toArray();
      expect(drafts).toHaveLength(2);
      const draft = draftRowSchema.parse(await db.drafts.get(legacyDraft.id));
      // Version 9 adds only what finds it again: the survey's name and who the respondent is.
      expect(draft).toEqual({
        ...legacyDraft,
        searchText: 'household water access amina',
        searchWords: ['household', 'water', 'access', 'amina'],
      });
      expect(validateAnswers(survey.questions, draft.answers, { requireAnswers: true }).size).toBe(0);
      // The payload is exactly what the older Outpost would have sent for those answers.
      expect(buildResponseSet(survey.questions, draft.answers)).toEqual([
        { questionID: 20000002, answerValues: [{ answerID: 200000022 }] },
        { questionID: 20000003, answerValues: [{ answerID: 200000031 }] },
        { questionID: 20000004, answerValues: [{ answerID: 200000041 }, { answerID: 200000042 }] },
        { questionID: 20000005, answerValues: [{ answerID: 200000051, value: { text: 'Kibera' } }] },
        { questionID: 20000007, answerValues: [{ answerID: 200000071, value: { text: '6' } }] },
        { questionID: 20000081, answerValues: [{ answerID: 200000812 }] },
        { questionID: 20000091, answerValues: [{ answerID: 200000912 }] },
        { questionID: 20000101, answerValues: [{ answerID: 200001011, value: { text: 'Amina' } }] },
        { questionID: 20000102, answerValues: [{ answerID: 200001021, value: { text: '+254 700 000 001' } }] },
      ]);

      // A row that cannot be read keeps its identity, no questions, and asks to be downloaded again.
      const broken = localSurveySchema.parse(await db.surveys.get('acct-1/9/1'));
      expect(broken).toMatchObject({ name: 'Broken copy', questions: [], refetchReason: UNREADABLE_REFETCH_REASON });
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('leaves surveys already in the current format as they are', async () => {
    const name = `survey-upgrade-current-${Date.now()}`;
    const v2 = openVersion2(name);
    const current = waterSurvey();
    await v2.table('surveys').add(current);
    v2.close();
    const db = new OutpostDatabase(name);
    try {
      expect(await db.surveys.get(current.id)).toEqual(current);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('reads a version 1 survey package by converting it', () => {
    const file = JSON.stringify({
      format: 'outpost.survey-package',
      version: 1,
      exportedAt: 1,
      survey: legacyWaterSurvey,
    });
    const parsed = parseSurveyPackage(file);
    expect(parsed.ok && parsed.value.questions.find((q) => q.code === 'Q10')?.contactFields).toEqual([
      { field: 'firstName', rowID: 20000101, answerID: 200001011, text: 'First Name' },
      { field: 'phone', rowID: 20000102, answerID: 200001021, text: 'Phone' },
    ]);
    const answers: Answers = { '20000082': { choices: [200000822] } };
    expect(parsed.ok && buildResponseSet(parsed.value.questions, answers)).toEqual([
      { questionID: 20000082, answerValues: [{ answerID: 200000822 }] },
    ]);
  });
});
