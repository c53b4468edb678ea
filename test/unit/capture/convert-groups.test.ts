import { describe, expect, it } from 'vitest';
import { groupQuestions, isAnswerable, toLocalSurvey } from '../../../common/capture';
import { must, waterSurvey } from './support/surveys';

describe('toLocalSurvey', () => {
  it('keeps a type Outpost does not know, orders questions and answers, and accepts numeric-string ids', () => {
    const survey = toLocalSurvey({ accountId: 'a', surveyId: 9, name: 'S', fetchedAt: 5 }, [
      { questionID: '12', code: 'Q2', text: 'Upload a photo', type: 'file_upload', orderNumber: 2, answers: [] },
      {
        questionID: 11,
        code: 'Q1',
        text: 'Pick',
        type: 'multiple_choice_radio',
        orderNumber: 1,
        required: true,
        answers: [
          { answerID: 2, text: 'B', orderNumber: 2 },
          { answerID: 1, text: 'A', orderNumber: 1 },
        ],
        someNewField: { ignored: true },
      },
      { questionID: 13, type: 'numeric', minValue: 0, maxValue: 10, answers: [{ answerID: 31 }] },
    ]);
    expect(survey.id).toBe('a/9/5');
    expect(survey.questions.map((q) => [q.questionID, q.type])).toEqual([
      [11, 'multiple_choice_radio'],
      [12, 'file_upload'],
      [13, 'numeric'],
    ]);
    expect(must(survey.questions[0]).answers.map((a) => a.text)).toEqual(['A', 'B']);
    expect(survey.questions[2]).toMatchObject({ min: 0, max: 10, code: 'Q3', required: false });
    expect(isAnswerable(must(survey.questions[1]))).toBe(false);
  });

  it('refuses questions without ids', () => {
    expect(() =>
      toLocalSurvey({ accountId: 'a', surveyId: 9, name: 'S', fetchedAt: 5 }, [{ text: 'no id' }]),
    ).toThrow();
  });
});

describe('groupQuestions', () => {
  it('puts matrix rows and contact sub-fields back together, everything else alone', () => {
    const groups = groupQuestions(waterSurvey().questions);
    expect(
      groups.map((g) =>
        g.kind === 'single' ? g.question.code : `${g.kind}:${g.questions.map((q) => q.code).join(',')}`,
      ),
    ).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'Q7',
      'matrix:Q8_1,Q8_2',
      'matrix:Q9_1,Q9_2',
      'contact:Q10_1,Q10_2',
    ]);
    const matrix = groups[7];
    expect(matrix?.kind === 'matrix' ? matrix.title : '').toBe('How often does each of these happen?');
  });
});
