import { describe, expect, it } from 'vitest';
import {
  progressOf,
  validateAnswers,
  validateEmail,
  validateNumber,
  validatePhone,
  validateQuestion,
} from '../../../common/capture';
import { must, seedSurvey, waterSurvey } from './support/surveys';

const live = { requireAnswers: false };
const final = { requireAnswers: true };

describe('validation', () => {
  const water = waterSurvey();
  const question = (id: number) => must(water.questions.find((q) => q.questionID === id));

  it('required questions are only flagged at finalize', () => {
    expect(validateQuestion(question(20000002), undefined, live)).toBeNull();
    expect(validateQuestion(question(20000002), undefined, final)).toBe('This question needs an answer.');
    expect(validateQuestion(question(20000007), { text: '  ' }, final)).toBe('This question needs an answer.');
    expect(validateQuestion(question(20000005), undefined, final)).toBeNull();
  });

  it('lists every problem in question order', () => {
    expect([...validateAnswers(water.questions, { '20000007': { text: 'many' } }, final).keys()]).toEqual([
      '20000002',
      '20000003',
      '20000007',
    ]);
  });

  it('numbers: digits and a decimal point, within the range', () => {
    expect(validateNumber('12')).toBeNull();
    expect(validateNumber('-3.5')).toBeNull();
    expect(validateNumber('1e3')).not.toBeNull();
    expect(validateNumber('twelve')).not.toBeNull();
    expect(validateNumber('0', 1, 20)).toBe('Enter a number of at least 1.');
    expect(validateNumber('21', 1, 20)).toBe('Enter a number of at most 20.');
    const ranged = { ...question(20000007), min: 1, max: 30 };
    expect(validateQuestion(ranged, { text: '31' }, live)).toBe('Enter a number of at most 30.');
  });

  it('e-mail and phone formats apply to the matching contact sub-fields', () => {
    const seed = seedSurvey();
    const phone = must(seed.questions.find((q) => q.code === 'Q2_3'));
    const email = must(seed.questions.find((q) => q.code === 'Q2_4'));
    const first = must(seed.questions.find((q) => q.code === 'Q2_1'));
    expect(validateQuestion(phone, { text: '123-456-7890' }, live)).toBeNull();
    expect(validateQuestion(phone, { text: 'call me' }, live)).toMatch(/only digits/);
    expect(validateQuestion(email, { text: 'respondentemail@emaildomain.com' }, live)).toBeNull();
    expect(validateQuestion(email, { text: 'not an address' }, live)).toMatch(/e-mail address/);
    expect(validateQuestion(first, { text: '@#!' }, live)).toBeNull();
    expect(validateEmail('a@b')).not.toBeNull();
    expect(validatePhone('+254 700 000 001')).toBeNull();
    expect(validatePhone('123')).toMatch(/6 and 15 digits/);
  });

  it('choice answers must belong to the question, one for single choice', () => {
    expect(validateQuestion(question(20000002), { choices: [200000021, 200000022] }, live)).toBe(
      'Pick only one answer.',
    );
    expect(validateQuestion(question(20000002), { choices: [999] }, live)).toMatch(/no longer/);
    expect(validateQuestion(question(20000004), { choices: [200000041, 200000043] }, live)).toBeNull();
  });

  it('progress counts only questions that take an answer', () => {
    expect(progressOf(water.questions, { '20000002': { choices: [200000021] }, '20000001': { text: 'x' } })).toEqual({
      answered: 1,
      total: 12,
    });
  });
});
