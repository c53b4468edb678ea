import { describe, expect, it } from 'vitest';
import { respondentLabelOf } from '../../../common/capture';
import { waterSurvey } from './support/surveys';

describe('who a draft is about', () => {
  const questions = waterSurvey().questions;

  it('is the name typed in the contact question, else the phone, else nobody yet', () => {
    expect(respondentLabelOf(questions, {})).toBeNull();
    expect(respondentLabelOf(questions, { '20000102': { text: ' +254 700 000 001 ' } })).toBe('+254 700 000 001');
    expect(respondentLabelOf(questions, { '20000101': { text: 'Amina' }, '20000102': { text: '+254 700' } })).toBe(
      'Amina',
    );
  });

  it('never takes other typed answers for a name', () => {
    expect(respondentLabelOf(questions, { '20000007': { text: '4' } })).toBeNull();
  });
});
