import { describe, expect, it } from 'vitest';
import {
  answersOffRoute,
  buildCreateResponseBody,
  directionOf,
  formDirectionOf,
  languageById,
  questionsInLanguage,
  questionsOnRoute,
  routeOf,
  toLocalSurvey,
  type Answers,
  type LocalSurvey,
} from '../../../common/capture';
import { farmSurvey, must, waterSurvey } from './support/surveys';

const ABOUT = 7650301;
const CROPS = 7650302;
const LIVESTOCK = 7650303;
const INCOME = 7650304;
const CLOSING = 7650305;
const YES = 400000011;
const NO = 400000012;

const body = (survey: LocalSurvey, answers: Answers) =>
  buildCreateResponseBody({
    survey,
    answers,
    capturedAt: 0,
    timeZone: 'UTC',
    firstAnswerAt: null,
    lastAnswerAt: null,
    location: null,
    language: 'Arabic',
    externalReference: 'r',
    enumeratorId: '',
    deviceId: '',
  });

describe('routing by the logic graph', () => {
  const survey = farmSurvey();

  it('waits at the section whose answer decides the route', () => {
    expect(routeOf(survey, {})).toEqual({ sections: [ABOUT], complete: false });
  });

  it('follows the path the answer names, skipping the sections it does not visit', () => {
    expect(routeOf(survey, { '40000001': { choices: [YES] } })).toEqual({
      sections: [ABOUT, CROPS, LIVESTOCK, CLOSING],
      complete: true,
    });
    expect(routeOf(survey, { '40000001': { choices: [NO] } })).toEqual({
      sections: [ABOUT, INCOME, CLOSING],
      complete: true,
    });
  });

  it('keeps answers of sections the route left in the draft, but sends only the visited sections', () => {
    const answers: Answers = {
      '40000001': { choices: [YES] },
      '40000003': { choices: [400000031] },
      '40000004': { text: '5' },
      '40000005': { choices: [400000051] },
    };
    const changed: Answers = { ...answers, '40000001': { choices: [NO] }, '40000006': { text: 'Trade' } };
    const route = routeOf(survey, changed);
    expect(answersOffRoute(survey, route, changed)).toBe(3);
    expect(questionsOnRoute(survey, route).map((question) => question.code)).toEqual(['Q1', 'Q2', 'Q6', 'Q7']);
    expect(body(survey, changed).responseSet.map((item) => item.questionID)).toEqual([40000001, 40000006]);
    expect(body(survey, answers).responseSet.map((item) => item.questionID)).toEqual([
      40000001, 40000003, 40000004, 40000005,
    ]);
  });

  it('without a logic graph, every section in order', () => {
    const water = waterSurvey();
    expect(water.logicGraph).toBeNull();
    expect(routeOf(water, {})).toEqual({ sections: [7650101], complete: true });
    const noGraph: LocalSurvey = { ...survey, logicGraph: null };
    expect(routeOf(noGraph, {}).sections).toEqual([ABOUT, CROPS, LIVESTOCK, INCOME, CLOSING]);
  });
});

describe('languages', () => {
  const survey = farmSurvey();

  it('replaces texts only; IDs, order and answers stay, so switching keeps every answer', () => {
    const arabic = questionsInLanguage(survey.questions, languageById(survey, 3));
    const french = questionsInLanguage(survey.questions, languageById(survey, 41));
    expect(arabic.map((q) => q.questionID)).toEqual(survey.questions.map((q) => q.questionID));
    expect(must(arabic[0]).answers.map((a) => [a.answerID, a.text])).toEqual([
      [YES, 'نعم'],
      [NO, 'لا'],
    ]);
    expect(must(french[0]).text).toBe('Votre ménage cultive-t-il la terre ?');
    // A text the language lacks stays in the default language rather than going blank.
    expect(must(french.find((q) => q.type === 'numeric_slider')).text).toBe('Combien d’acres cultivez-vous ?');
    expect(questionsInLanguage(survey.questions, languageById(survey, 0))).toEqual(survey.questions);
  });

  it('lays Arabic out right-to-left, English and French left-to-right', () => {
    expect(directionOf('هل تعمل أسرتك في الزراعة؟')).toBe('rtl');
    expect(directionOf('42 — Does your household farm?')).toBe('ltr');
    expect(formDirectionOf(questionsInLanguage(survey.questions, languageById(survey, 3)))).toBe('rtl');
    expect(formDirectionOf(questionsInLanguage(survey.questions, languageById(survey, 41)))).toBe('ltr');
  });
});

describe('languages from the download', () => {
  it('offers a non-default language only when its questions came down, and names one default', () => {
    const survey = toLocalSurvey(
      { accountId: 'a', surveyId: 1, name: 'S', fetchedAt: 1 },
      {
        questions: [{ questionID: 5, blockID: 1, type: 'multiplechoice_radio', text: 'Q', answers: [{ answerID: 6 }] }],
        languages: [
          { name: 'English', contents: null },
          { name: 'Swahili' },
          { languageID: 7, name: 'French', default: false },
        ],
        translations: [
          {
            languageID: 7,
            questions: [{ questionID: 5, text: 'Question ?', answers: [{ answerID: 6, text: 'Oui' }] }],
          },
        ],
      },
    );
    expect(survey.languages.map((language) => [language.name, language.default])).toEqual([
      ['English', true],
      ['French', false],
    ]);
    expect(must(questionsInLanguage(survey.questions, languageById(survey, 7))[0]).answers[0]?.text).toBe('Oui');
  });

  it('shows question text holding HTML as plain text', () => {
    const survey = toLocalSurvey(
      { accountId: 'a', surveyId: 1, name: 'S', fetchedAt: 1 },
      { questions: [{ questionID: 5, text: '<p>How <b>many</b> &amp; why?<br>Explain</p>', type: 'text_single_row' }] },
    );
    expect(survey.questions[0]?.text).toBe('How many & why?\nExplain');
    // No blockID and no blocks endpoint: one section, never a lost question.
    expect(survey.blocks).toEqual([{ blockID: 0, title: 'Section 1', orderNumber: 1 }]);
  });
});
