import { describe, expect, it } from 'vitest';
import {
  buildCreateResponseBody,
  captureKindOf,
  entriesOf,
  toLocalSurvey,
  validateAnswers,
  type Answers,
  type LocalSurvey,
} from '../../../common/capture';
import { createResponseRequestSchema } from '../../../common/questionpro/create-response';
import { QuestionSchema } from '../../../main/connectors/questionpro/schemas';
import { sheetExampleQuestions, type SheetExampleName } from '../../fixtures/questionpro/sheet-examples';
import { must } from './support/surveys';

/**
 * Every example question object of the reference sheet (section c) goes through the client's
 * schema and into the local model, is answered as a field worker would, and gives the
 * create-response entries the sheet's mapping says.
 */
function localOf(example: unknown): LocalSurvey {
  const parsed = QuestionSchema.parse(example);
  return toLocalSurvey({ accountId: 'a', surveyId: 1, name: 'Sheet', fetchedAt: 1 }, { questions: [parsed] });
}

const captured: Record<SheetExampleName, Answers> = {
  radio: { '86065875': { choices: [855124475] } },
  checkbox: { '86065875': { choices: [855124475, 855124474] } },
  dropdown: { '86065875': { choices: [855124474] } },
  text: { '158458653': { text: ' Amina ' } },
  slider: { '1': { text: '7' } },
  matrix: { '2': { choices: [32] }, '3': { choices: [33] } },
  contact: {
    '12345679': { text: 'FirstName' },
    '83734737': { text: 'LastName' },
    '83734738': { text: '123-456-7890' },
    '83734739': { text: 'respondentemail@emaildomain.com' },
  },
};

const expectedSets: Record<SheetExampleName, unknown[]> = {
  radio: [{ questionID: 86065875, answerValues: [{ answerID: 855124475 }] }],
  checkbox: [{ questionID: 86065875, answerValues: [{ answerID: 855124474 }, { answerID: 855124475 }] }],
  dropdown: [{ questionID: 86065875, answerValues: [{ answerID: 855124474 }] }],
  text: [{ questionID: 158458653, answerValues: [{ answerID: 900001, value: { text: 'Amina' } }] }],
  slider: [{ questionID: 1, answerValues: [{ answerID: 1, value: { text: '7' } }] }],
  matrix: [
    { questionID: 2, answerValues: [{ answerID: 32 }] },
    { questionID: 3, answerValues: [{ answerID: 33 }] },
  ],
  // The seed's own create-response example: each contact field its own entry.
  contact: [
    { questionID: 12345679, answerValues: [{ answerID: 100000001, value: { text: 'FirstName' } }] },
    { questionID: 83734737, answerValues: [{ answerID: 100000002, value: { text: 'LastName' } }] },
    { questionID: 83734738, answerValues: [{ answerID: 100000003, value: { text: '123-456-7890' } }] },
    {
      questionID: 83734739,
      answerValues: [{ answerID: 100000004, value: { text: 'respondentemail@emaildomain.com' } }],
    },
  ],
};

describe('the reference sheet’s example question objects (section c)', () => {
  it.each(Object.keys(sheetExampleQuestions) as SheetExampleName[])(
    '%s: parsed by the client, kept by the local model, captured and sent as the sheet maps it',
    (name) => {
      const survey = localOf(sheetExampleQuestions[name]);
      const question = must(survey.questions[0]);
      expect(captureKindOf(question)).not.toBeNull();
      expect(entriesOf(question).length).toBeGreaterThan(0);
      expect(validateAnswers(survey.questions, captured[name], { requireAnswers: true }).size).toBe(0);
      const body = buildCreateResponseBody({
        survey,
        answers: captured[name],
        capturedAt: Date.parse('2020-10-05T21:51:51Z'),
        timeZone: 'America/Los_Angeles',
        firstAnswerAt: null,
        lastAnswerAt: null,
        location: null,
        language: 'English',
        externalReference: 'ref',
        enumeratorId: '',
        deviceId: '',
      });
      expect(createResponseRequestSchema.safeParse(body).success).toBe(true);
      expect(body.responseSet).toEqual(expectedSets[name]);
    },
  );

  it('keeps what capture needs: rows with nested columns, contact fields, range, anchors, the block', () => {
    const matrix = must(localOf(sheetExampleQuestions.matrix).questions[0]);
    expect(matrix.blockID).toBe(123456);
    expect(matrix.required).toBe(true);
    expect(matrix.rows).toEqual([
      {
        rowID: 2,
        text: 'Price',
        columns: [
          { columnID: 31, text: 'Poor' },
          { columnID: 32, text: 'Good' },
        ],
      },
      {
        rowID: 3,
        text: 'Service',
        columns: [
          { columnID: 33, text: 'Poor' },
          { columnID: 34, text: 'Good' },
        ],
      },
    ]);
    const contact = must(localOf(sheetExampleQuestions.contact).questions[0]);
    // Address has rowID 0 (not in use) and no documented answerID: it is not a field to capture.
    expect(contact.contactFields.map((field) => [field.field, field.rowID, field.answerID])).toEqual([
      ['firstName', 12345679, 100000001],
      ['lastName', 83734737, 100000002],
      ['phone', 83734738, 100000003],
      ['email', 83734739, 100000004],
    ]);
    const slider = must(localOf(sheetExampleQuestions.slider).questions[0]);
    expect(slider.range).toEqual({ min: 0, max: 10, step: 1 });
    expect(slider.anchors).toEqual({ left: 'None', right: 'Many' });
    const text = must(localOf(sheetExampleQuestions.text).questions[0]);
    // Column text is absent in the sheet's text example: kept as an empty label.
    expect(text.rows).toEqual([{ rowID: 158458653, text: 'Name', columns: [{ columnID: 900001, text: '' }] }]);
  });

  it('keeps fields it does not know instead of failing on them', () => {
    const withExtra = { ...sheetExampleQuestions.radio, mobileRendering: true, futureField: { x: 1 } };
    expect(QuestionSchema.parse(withExtra)).toMatchObject({ mobileRendering: true, futureField: { x: 1 } });
    expect(localOf(withExtra).questions[0]?.type).toBe('multiplechoice_radio');
  });

  it('a slider without a range, or a text question without rows, is shown read-only rather than guessed', () => {
    const noRange = { ...sheetExampleQuestions.slider, minValue: undefined, maxValue: undefined };
    expect(captureKindOf(must(localOf(noRange).questions[0]))).toBeNull();
    const noRows = { ...sheetExampleQuestions.text, rows: undefined };
    expect(captureKindOf(must(localOf(noRows).questions[0]))).toBeNull();
  });
});
