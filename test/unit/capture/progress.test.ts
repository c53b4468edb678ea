import { describe, expect, it } from 'vitest';
import {
  progressOf,
  questionCount,
  questionNumbers,
  questionsOnRoute,
  questionsWithProblems,
  routeOf,
  toLocalSurvey,
  validateAnswers,
  type Answers,
  type LocalSurvey,
} from '../../../common/capture';
import { QuestionSchema } from '../../../main/connectors/questionpro/schemas';
import { sheetExampleQuestions } from '../../fixtures/questionpro/sheet-examples';
import { farmSurvey, marketSurvey, seedSurvey, waterSurvey } from './support/surveys';

/**
 * Issue 14, item 12: one definition of what counts as a question, for the library's count, the
 * form's progress, its numbers and its "need attention" count (common/capture/progress).
 */
const numbered = (survey: LocalSurvey, answers: Answers = {}): [string, number][] => {
  const onRoute = questionsOnRoute(survey, routeOf(survey, answers));
  const numbers = questionNumbers(onRoute);
  return onRoute.flatMap((question) => {
    const number = numbers.get(question.questionID);
    return number === undefined ? [] : [[question.code, number] as [string, number]];
  });
};

describe('what counts as a question', () => {
  it('the Practice surveys: descriptive items are neither counted nor numbered, the rest 1, 2, 3… without gaps', () => {
    const water = waterSurvey();
    // Q1 is presentation text: QuestionPro's codes start the questions at Q2.
    expect(numbered(water)).toEqual(
      ['Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10'].map((code, index) => [code, index + 1]),
    );
    expect(questionCount(water.questions)).toBe(9);
    expect(progressOf(water.questions, {})).toEqual({ answered: 0, total: 9 });
    const market = marketSurvey();
    expect(numbered(market).map(([, number]) => number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(questionCount(market.questions)).toBe(12);
    expect(numbered(seedSurvey()).map(([, number]) => number)).toEqual([1, 2]);
  });

  it('a route that skips a section leaves no hole in the numbers', () => {
    const farm = farmSurvey();
    for (const answer of [400000011, 400000012]) {
      const numbers = numbered(farm, { '40000001': { choices: [answer] } }).map(([, number]) => number);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('the sheet’s real question objects, whose codes repeat and skip, are numbered from 1 without gaps', () => {
    const questions = Object.values(sheetExampleQuestions).map((example, index) => ({
      ...QuestionSchema.parse(example),
      questionID: 1_000 + index,
    }));
    const codes = questions.map((question) => question.code);
    expect(new Set(codes).size).toBeLessThan(codes.length);
    const survey = toLocalSurvey({ accountId: 'a', surveyId: 1, name: 'Sheet', fetchedAt: 1 }, { questions });
    const numbers = [...questionNumbers(survey.questions).values()];
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(numbers.length).toBe(questionCount(survey.questions));
  });

  it('a matrix or a contact form is one question; it counts as answered only once nothing in it needs attention', () => {
    const water = waterSurvey();
    const all: Answers = {
      '20000002': { choices: [200000021] },
      '20000003': { choices: [200000031] },
      '20000004': { choices: [200000041] },
      '20000005': { text: 'Kibera' },
      '20000006': { text: 'None' },
      '20000007': { text: '6' },
      '20000081': { choices: [200000811] },
      '20000091': { choices: [200000911] },
      '20000101': { text: 'Amina' },
      '20000102': { text: 'not a phone' },
    };
    const problems = validateAnswers(water.questions, all, { requireAnswers: true });
    expect(problems.size).toBe(1);
    // Every entry has text, but the phone is not a phone: 8 of 9, and 1 question needs attention.
    expect(progressOf(water.questions, all)).toEqual({ answered: 8, total: 9 });
    expect(questionsWithProblems(water.questions, problems)).toBe(1);
    const fixed = { ...all, '20000102': { text: '+254700000001' } };
    expect(progressOf(water.questions, fixed)).toEqual({ answered: 9, total: 9 });
    expect(validateAnswers(water.questions, fixed, { requireAnswers: true }).size).toBe(0);
  });
});
