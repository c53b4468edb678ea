import { describe, expect, it } from 'vitest';
import {
  validateAnswers,
  validateEmail,
  validateNumber,
  validatePhone,
  validateSlider,
  type Answer,
  type LocalQuestion,
  type ValidationOptions,
} from '../../../common/capture';
import { inEnglish, type Said } from '../../../common/i18n/phrase';
import { marketSurvey, must, seedSurvey, waterSurvey } from './support/surveys';

const live = { requireAnswers: false };
const final = { requireAnswers: true };

/** A problem in the English the catalogue's source speaks (each language is checked by the catalogue tests). */
const english = (problem: Said | null | undefined): string | null => (problem ? inEnglish(problem) : null);

/** The problem of one entry (keyed by its responseSet questionID) of a question. */
const problemOf = (question: LocalQuestion, key: number, answer: Answer | undefined, options: ValidationOptions) =>
  english(validateAnswers([question], answer ? { [String(key)]: answer } : {}, options).get(String(key)));

describe('validation', () => {
  const water = waterSurvey();
  const question = (id: number) => must(water.questions.find((q) => q.questionID === id));

  it('required questions are only flagged at finalize', () => {
    expect(problemOf(question(20000002), 20000002, undefined, live)).toBeNull();
    expect(problemOf(question(20000002), 20000002, undefined, final)).toBe('This question needs an answer.');
    expect(problemOf(question(20000007), 20000007, { text: '  ' }, final)).toBe('This question needs an answer.');
    expect(problemOf(question(20000005), 20000005, undefined, final)).toBeNull();
  });

  it('lists every problem in question order', () => {
    expect([...validateAnswers(water.questions, { '20000007': { text: 'many' } }, final).keys()]).toEqual([
      '20000002',
      '20000003',
      '20000007',
    ]);
  });

  it('numbers: digits and a decimal point, within the range', () => {
    expect(english(validateNumber('12'))).toBeNull();
    expect(english(validateNumber('-3.5'))).toBeNull();
    expect(english(validateNumber('1e3'))).not.toBeNull();
    expect(english(validateNumber('twelve'))).not.toBeNull();
    expect(english(validateNumber('0', 1, 20))).toBe('Enter a number of at least 1.');
    expect(english(validateNumber('21', 1, 20))).toBe('Enter a number of at most 20.');
    expect(problemOf(question(20000007), 20000007, { text: 'six' }, live)).toMatch(/Enter a number/);
  });

  it('sliders: within the range QuestionPro gives, on its step', () => {
    const range = { min: 0, max: 50, step: 5 };
    expect(english(validateSlider('25', range))).toBeNull();
    expect(english(validateSlider('55', range))).toBe('Enter a number of at most 50.');
    expect(english(validateSlider('7', range))).toBe('Pick a value in steps of 5.');
    const slider = must(marketSurvey().questions.find((q) => q.type === 'numeric_slider'));
    expect(problemOf(slider, slider.questionID, { text: '-5' }, live)).toBe('Enter a number of at least 0.');
    const matrixSlider = must(marketSurvey().questions.find((q) => q.type === 'matrix_slider'));
    const row = must(matrixSlider.rows[0]);
    const column = String(must(row.columns[0]).columnID);
    expect(problemOf(matrixSlider, row.rowID, { cells: { [column]: '11' } }, live)).toBe(
      'Enter a number of at most 10.',
    );
  });

  it('e-mail and phone formats apply to the matching contact fields', () => {
    const contact = must(seedSurvey().questions.find((q) => q.type === 'contact_information'));
    expect(problemOf(contact, 83734738, { text: '123-456-7890' }, live)).toBeNull();
    expect(problemOf(contact, 83734738, { text: 'call me' }, live)).toMatch(/only digits/);
    expect(problemOf(contact, 83734739, { text: 'respondentemail@emaildomain.com' }, live)).toBeNull();
    expect(problemOf(contact, 83734739, { text: 'not an address' }, live)).toMatch(/e-mail address/);
    expect(problemOf(contact, 12345679, { text: '@#!' }, live)).toBeNull();
    expect(english(validateEmail('a@b'))).not.toBeNull();
    expect(english(validatePhone('+254 700 000 001'))).toBeNull();
    expect(english(validatePhone('123'))).toMatch(/6 and 15 digits/);
  });

  it('choice answers must belong to the question, one for single choice', () => {
    expect(problemOf(question(20000002), 20000002, { choices: [200000021, 200000022] }, live)).toBe(
      'Pick only one answer.',
    );
    expect(problemOf(question(20000002), 20000002, { choices: [999] }, live)).toMatch(/no longer/);
    expect(problemOf(question(20000004), 20000004, { choices: [200000041, 200000043] }, live)).toBeNull();
  });

  it('"other, please specify" needs its text; "not applicable" goes alone', () => {
    expect(problemOf(question(20000002), 20000002, { choices: [200000025] }, live)).toBeNull();
    expect(problemOf(question(20000002), 20000002, { choices: [200000025] }, final)).toBe('Type the other answer.');
    expect(problemOf(question(20000002), 20000002, { choices: [200000025], other: 'Rain tank' }, live)).toBeNull();
    expect(problemOf(question(20000004), 20000004, { choices: [200000041, 200000045] }, live)).toMatch(
      /Not applicable/,
    );
    // The matrix offers N/A per row (notApplicableAnswer).
    expect(problemOf(question(20000008), 20000081, { notApplicable: true }, final)).toBeNull();
    expect(problemOf(question(20000002), 20000002, { notApplicable: true }, final)).toBe('Pick an answer.');
  });

  it('rank order: each rank once from 1, every choice when required', () => {
    const rank = must(marketSurvey().questions.find((q) => q.type === 'rank_order_dropdown'));
    const [a, b, c] = rank.answers.map((answer) => String(answer.answerID));
    expect(problemOf(rank, rank.questionID, { ranks: { [a ?? '']: 1, [b ?? '']: 2 } }, final)).toBeNull();
    expect(problemOf(rank, rank.questionID, { ranks: { [a ?? '']: 1, [b ?? '']: 3 } }, live)).toMatch(/without gaps/);
    expect(problemOf(rank, rank.questionID, { ranks: { [a ?? '']: 1, [c ?? '']: 1 } }, live)).toMatch(/once/);
    const required = { ...rank, required: true };
    expect(problemOf(required, rank.questionID, { ranks: { [a ?? '']: 1 } }, final)).toBe('Rank every choice.');
  });
});
