import { describe, expect, it } from 'vitest';
import {
  buildCreateResponseBody,
  buildResponseSet,
  timeTakenSeconds,
  type Answers,
  type PayloadInput,
} from '../../../common/capture';
import { createResponseRequestSchema } from '../../../common/questionpro/create-response';
import { clinicSurvey, marketSurvey, must, seedSurvey, waterSurvey } from './support/surveys';

const base = (overrides: Partial<PayloadInput>): PayloadInput => ({
  survey: waterSurvey(),
  answers: {},
  capturedAt: Date.parse('2020-10-05T21:51:51Z'),
  timeZone: 'America/Los_Angeles',
  firstAnswerAt: Date.parse('2020-10-05T21:51:10Z'),
  lastAnswerAt: Date.parse('2020-10-05T21:51:51Z'),
  location: null,
  language: 'English',
  externalReference: '6f1c2f9e-8a4b-4c1d-9e2f-0a1b2c3d4e5f',
  enumeratorId: 'ENUM-7',
  deviceId: 'LAPTOP-3',
  ...overrides,
});

describe('responseSet per question type', () => {
  const survey = waterSurvey();
  const set = (answers: Answers) => buildResponseSet(survey.questions, answers);

  it('radio: the picked answer ID, no value', () => {
    expect(set({ '20000002': { choices: [200000022] } })).toEqual([
      { questionID: 20000002, answerValues: [{ answerID: 200000022 }] },
    ]);
  });

  it('dropdown: the picked answer ID', () => {
    expect(set({ '20000003': { choices: [200000034] } })).toEqual([
      { questionID: 20000003, answerValues: [{ answerID: 200000034 }] },
    ]);
  });

  it("checkbox: every picked answer ID, in the survey's order whatever the order of clicks", () => {
    expect(set({ '20000004': { choices: [200000044, 200000041] } })).toEqual([
      { questionID: 20000004, answerValues: [{ answerID: 200000041 }, { answerID: 200000044 }] },
    ]);
  });

  it("single-line and multi-line text: value.text on the question's answer ID, trimmed", () => {
    expect(
      set({ '20000005': { text: '  Kibera ' }, '20000006': { text: 'Pipe broke.\nNo water for 3 days.' } }),
    ).toEqual([
      { questionID: 20000005, answerValues: [{ answerID: 200000051, value: { text: 'Kibera' } }] },
      {
        questionID: 20000006,
        answerValues: [{ answerID: 200000061, value: { text: 'Pipe broke.\nNo water for 3 days.' } }],
      },
    ]);
  });

  it('numeric: the number as typed text', () => {
    expect(set({ '20000007': { text: '6' } })).toEqual([
      { questionID: 20000007, answerValues: [{ answerID: 200000071, value: { text: '6' } }] },
    ]);
  });

  it('matrix single: one entry per row with its picked column', () => {
    expect(set({ '20000081': { choices: [200000813] }, '20000082': { choices: [200000821] } })).toEqual([
      { questionID: 20000081, answerValues: [{ answerID: 200000813 }] },
      { questionID: 20000082, answerValues: [{ answerID: 200000821 }] },
    ]);
  });

  it('matrix multiple: one entry per row with every picked column', () => {
    expect(set({ '20000091': { choices: [200000913, 200000911] }, '20000092': { choices: [] } })).toEqual([
      { questionID: 20000091, answerValues: [{ answerID: 200000911 }, { answerID: 200000913 }] },
    ]);
  });

  it('presentation text and unanswered questions send nothing', () => {
    expect(set({ '20000001': { text: 'ignored' }, '20000005': { text: '   ' } })).toEqual([]);
  });

  it('a type Outpost does not know sends nothing, even with an answer stored', () => {
    const unknown = { ...must(survey.questions[1]), questionID: 1, type: 'file_upload' };
    expect(buildResponseSet([unknown], { '1': { choices: [200000021] } })).toEqual([]);
  });
});

describe('contact information', () => {
  it('reproduces the seed request: each sub-field a separate entry with value.text', () => {
    const survey = seedSurvey();
    const answers: Answers = {
      '12345678': { choices: [123456789] },
      '12345679': { text: 'FirstName' },
      '83734737': { text: 'LastName' },
      '83734738': { text: '123-456-7890' },
      '83734739': { text: 'respondentemail@emaildomain.com' },
    };
    expect(buildResponseSet(survey.questions, answers)).toEqual([
      { questionID: 12345678, answerValues: [{ answerID: 123456789 }] },
      { questionID: 12345679, answerValues: [{ answerID: 100000001, value: { text: 'FirstName' } }] },
      { questionID: 83734737, answerValues: [{ answerID: 100000002, value: { text: 'LastName' } }] },
      { questionID: 83734738, answerValues: [{ answerID: 100000003, value: { text: '123-456-7890' } }] },
      {
        questionID: 83734739,
        answerValues: [{ answerID: 100000004, value: { text: 'respondentemail@emaildomain.com' } }],
      },
    ]);
  });
});

describe('the whole body', () => {
  it('carries timestamp, timeTaken, status, reference, custom variables and language, and validates', () => {
    const body = buildCreateResponseBody(base({ answers: { '20000002': { choices: [200000021] } } }));
    expect(body).toEqual({
      timestamp: '05 Oct, 2020 02:51:51 PM PDT',
      timeTaken: 41,
      responseStatus: 'Completed',
      externalReference: '6f1c2f9e-8a4b-4c1d-9e2f-0a1b2c3d4e5f',
      customVariables: { custom1: 'ENUM-7', custom2: 'LAPTOP-3' },
      language: 'English',
      responseSet: [{ questionID: 20000002, answerValues: [{ answerID: 200000021 }] }],
    });
    expect(createResponseRequestSchema.safeParse(body).success).toBe(true);
  });

  it('adds the location only when one was allowed and taken', () => {
    expect(buildCreateResponseBody(base({})).location).toBeUndefined();
    const body = buildCreateResponseBody(base({ location: { latitude: -1.2921, longitude: 36.8219 } }));
    expect(body.location).toEqual({ latitude: -1.2921, longitude: 36.8219 });
    expect(createResponseRequestSchema.safeParse(body).success).toBe(true);
  });

  it('sends empty enumerator or device IDs as null, as the seed does', () => {
    expect(buildCreateResponseBody(base({ enumeratorId: ' ', deviceId: '' })).customVariables).toEqual({
      custom1: null,
      custom2: null,
    });
  });

  it('counts timeTaken in whole seconds from first to last answer, 0 without answers', () => {
    expect(timeTakenSeconds(1_000, 42_400)).toBe(41);
    expect(timeTakenSeconds(null, null)).toBe(0);
    expect(timeTakenSeconds(5_000, 1_000)).toBe(0);
  });
});

describe('the other High and Medium-high types', () => {
  const market = marketSurvey();
  const set = (answers: Answers) => buildResponseSet(market.questions, answers);

  it('rank order: one entry per ranked choice, best first, the rank in value.text', () => {
    expect(set({ '30000010': { ranks: { '300000103': 1, '300000101': 2, '300000102': 3 } } })).toEqual([
      {
        questionID: 30000010,
        answerValues: [
          { answerID: 300000103, value: { text: '1' } },
          { answerID: 300000101, value: { text: '2' } },
          { answerID: 300000102, value: { text: '3' } },
        ],
      },
    ]);
  });

  it('slider: the value under the question itself; matrix slider and matrix text: one value per cell', () => {
    expect(set({ '30000006': { text: '25' } })).toEqual([
      { questionID: 30000006, answerValues: [{ answerID: 30000006, value: { text: '25' } }] },
    ]);
    expect(set({ '30000091': { cells: { '300000911': '4' } } })).toEqual([
      { questionID: 30000091, answerValues: [{ answerID: 300000911, value: { text: '4' } }] },
    ]);
    expect(set({ '30000081': { cells: { '300000811': ' 120 ', '300000812': '' } } })).toEqual([
      { questionID: 30000081, answerValues: [{ answerID: 300000811, value: { text: '120' } }] },
    ]);
  });

  it('matrix dropdown: the row under its rowID with the picked column', () => {
    expect(set({ '30000072': { choices: [300000723] } })).toEqual([
      { questionID: 30000072, answerValues: [{ answerID: 300000723 }] },
    ]);
  });

  it('"other, please specify" in value.other, only on the choice that has the box', () => {
    const water = waterSurvey();
    expect(buildResponseSet(water.questions, { '20000002': { choices: [200000025], other: ' Rain tank ' } })).toEqual([
      { questionID: 20000002, answerValues: [{ answerID: 200000025, value: { other: 'Rain tank' } }] },
    ]);
    expect(buildResponseSet(water.questions, { '20000002': { choices: [200000021], other: 'stale' } })).toEqual([
      { questionID: 20000002, answerValues: [{ answerID: 200000021 }] },
    ]);
  });

  it('N/A: a "not applicable" choice is sent as itself; a matrix row marked N/A sends nothing', () => {
    const water = waterSurvey();
    expect(buildResponseSet(water.questions, { '20000004': { choices: [200000045] } })).toEqual([
      { questionID: 20000004, answerValues: [{ answerID: 200000045 }] },
    ]);
    expect(buildResponseSet(water.questions, { '20000081': { notApplicable: true } })).toEqual([]);
  });

  it('questions Outpost cannot capture send nothing', () => {
    const clinic = clinicSurvey();
    expect(buildResponseSet(clinic.questions, { '50000003': { choices: [500000031] } })).toEqual([]);
  });
});
