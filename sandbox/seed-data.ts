import type { QuestionType } from '../common/questionpro/question-types.js';

/**
 * The sandbox's starting data. Survey 7654321 is the seed document's own survey, with the exact
 * IDs, codes and texts of its example, so the documented request returns the documented response.
 * The other surveys cover every question type Outpost renders. IDs are unique instance-wide.
 */

export interface SeedAnswer {
  readonly answerID: number;
  readonly text: string;
  readonly orderNumber: number;
  /** Echoed as `value.scale` for choice answers ("1" for "Always" in the seed); "" for typed answers. */
  readonly scale: string;
}

export interface SeedQuestion {
  readonly questionID: number;
  readonly code: string;
  readonly text: string;
  /** Echoed as `questionDescription`: the group title on a group's first item, " " otherwise (as in the seed). */
  readonly description: string;
  readonly type: QuestionType;
  readonly orderNumber: number;
  readonly required: boolean;
  readonly answers: readonly SeedAnswer[];
}

export interface SeedSurvey {
  readonly surveyID: number;
  readonly ownerID: number;
  readonly name: string;
  readonly status: 'Active' | 'Closed';
  readonly creationDate: string;
  readonly questions: readonly SeedQuestion[];
}

export const SANDBOX_USER_ID = 4455667;
/** Owns a survey the sandbox user may not touch (403 1013), and an account the key may not list (403 1011). */
export const OTHER_USER_ID = 9988776;

const NO_DESCRIPTION = ' ';

function choices(firstAnswerID: number, texts: readonly string[], withScale = true): SeedAnswer[] {
  return texts.map((text, index) => ({
    answerID: firstAnswerID + index,
    text,
    orderNumber: index + 1,
    scale: withScale ? String(index + 1) : '',
  }));
}

function typedAnswer(answerID: number, text: string): SeedAnswer[] {
  return [{ answerID, text, orderNumber: 1, scale: '' }];
}

export const seedExampleSurvey: SeedSurvey = {
  surveyID: 7654321,
  ownerID: SANDBOX_USER_ID,
  name: 'Test Survey',
  status: 'Active',
  creationDate: '05 Oct, 2020 09:00:00 AM PDT',
  questions: [
    {
      questionID: 12345678,
      code: 'Q1',
      text: 'How often do you conduct surveys?',
      description: NO_DESCRIPTION,
      type: 'multiple_choice_radio',
      orderNumber: 1,
      required: true,
      answers: [
        { answerID: 123456789, text: 'Always', orderNumber: 1, scale: '1' },
        { answerID: 123456790, text: 'Sometimes', orderNumber: 2, scale: '2' },
        { answerID: 123456791, text: 'Never', orderNumber: 3, scale: '3' },
      ],
    },
    {
      questionID: 12345679,
      code: 'Q2_1',
      text: 'First Name',
      description: 'Contact Information',
      type: 'contact_info',
      orderNumber: 2,
      required: false,
      answers: typedAnswer(100000001, 'FIRST_NAME'),
    },
    {
      questionID: 83734737,
      code: 'Q2_2',
      text: 'Last Name',
      description: NO_DESCRIPTION,
      type: 'contact_info',
      orderNumber: 3,
      required: false,
      answers: typedAnswer(100000002, 'LAST_NAME'),
    },
    {
      questionID: 83734738,
      code: 'Q2_3',
      text: 'Phone',
      description: NO_DESCRIPTION,
      type: 'contact_info',
      orderNumber: 4,
      required: false,
      answers: typedAnswer(100000003, 'PHONE'),
    },
    {
      questionID: 83734739,
      code: 'Q2_4',
      text: 'Email Address',
      description: NO_DESCRIPTION,
      type: 'contact_info',
      orderNumber: 5,
      required: false,
      answers: typedAnswer(100000004, 'EMAIL'),
    },
  ],
};

const frequency = ['Never', 'Sometimes', 'Often'] as const;

export const householdWaterSurvey: SeedSurvey = {
  surveyID: 7654322,
  ownerID: SANDBOX_USER_ID,
  name: 'Household Water Access',
  status: 'Active',
  creationDate: '12 Jan, 2026 10:00:00 AM UTC',
  questions: [
    {
      questionID: 20000001,
      code: 'Q1',
      text: 'Thank you for taking part. This survey asks about water in your household.',
      description: NO_DESCRIPTION,
      type: 'presentation_text',
      orderNumber: 1,
      required: false,
      answers: [],
    },
    {
      questionID: 20000002,
      code: 'Q2',
      text: 'What is the main source of drinking water?',
      description: NO_DESCRIPTION,
      type: 'multiple_choice_radio',
      orderNumber: 2,
      required: true,
      answers: choices(200000021, ['Piped', 'Borehole', 'Well', 'Surface water']),
    },
    {
      questionID: 20000003,
      code: 'Q3',
      text: 'Region',
      description: NO_DESCRIPTION,
      type: 'dropdown',
      orderNumber: 3,
      required: true,
      answers: choices(200000031, ['North', 'South', 'East', 'West']),
    },
    {
      questionID: 20000004,
      code: 'Q4',
      text: 'What is the water used for?',
      description: NO_DESCRIPTION,
      type: 'multiple_choice_checkbox',
      orderNumber: 4,
      required: false,
      answers: choices(200000041, ['Drinking', 'Cooking', 'Washing', 'Livestock']),
    },
    {
      questionID: 20000005,
      code: 'Q5',
      text: 'Village name',
      description: NO_DESCRIPTION,
      type: 'text_single_line',
      orderNumber: 5,
      required: false,
      answers: typedAnswer(200000051, 'Village name'),
    },
    {
      questionID: 20000006,
      code: 'Q6',
      text: 'Describe any problems with the water supply.',
      description: NO_DESCRIPTION,
      type: 'text_multi_line',
      orderNumber: 6,
      required: false,
      answers: typedAnswer(200000061, 'Comment'),
    },
    {
      questionID: 20000007,
      code: 'Q7',
      text: 'How many people live in the household?',
      description: NO_DESCRIPTION,
      type: 'numeric',
      orderNumber: 7,
      required: true,
      answers: typedAnswer(200000071, 'People'),
    },
    {
      questionID: 20000081,
      code: 'Q8_1',
      text: 'Water runs out',
      description: 'How often does each of these happen?',
      type: 'matrix_single',
      orderNumber: 8,
      required: false,
      answers: choices(200000811, frequency),
    },
    {
      questionID: 20000082,
      code: 'Q8_2',
      text: 'Water looks dirty',
      description: NO_DESCRIPTION,
      type: 'matrix_single',
      orderNumber: 9,
      required: false,
      answers: choices(200000821, frequency),
    },
    {
      questionID: 20000091,
      code: 'Q9_1',
      text: 'Dry season',
      description: 'Which containers do you use in each season?',
      type: 'matrix_multiple',
      orderNumber: 10,
      required: false,
      answers: choices(200000911, ['Bucket', 'Jerrycan', 'Tank'], false),
    },
    {
      questionID: 20000092,
      code: 'Q9_2',
      text: 'Rainy season',
      description: NO_DESCRIPTION,
      type: 'matrix_multiple',
      orderNumber: 11,
      required: false,
      answers: choices(200000921, ['Bucket', 'Jerrycan', 'Tank'], false),
    },
    {
      questionID: 20000101,
      code: 'Q10_1',
      text: 'First Name',
      description: 'Contact Information',
      type: 'contact_info',
      orderNumber: 12,
      required: false,
      answers: typedAnswer(200001011, 'FIRST_NAME'),
    },
    {
      questionID: 20000102,
      code: 'Q10_2',
      text: 'Phone',
      description: NO_DESCRIPTION,
      type: 'contact_info',
      orderNumber: 13,
      required: false,
      answers: typedAnswer(200001021, 'PHONE'),
    },
  ],
};

export const marketStallSurvey: SeedSurvey = {
  surveyID: 7654323,
  ownerID: SANDBOX_USER_ID,
  name: 'Market Stall Census',
  status: 'Active',
  creationDate: '03 Feb, 2026 08:30:00 AM UTC',
  questions: [
    {
      questionID: 30000001,
      code: 'Q1',
      text: 'Count every stall that is open today, including mobile sellers.',
      description: NO_DESCRIPTION,
      type: 'presentation_text',
      orderNumber: 1,
      required: false,
      answers: [],
    },
    {
      questionID: 30000002,
      code: 'Q2',
      text: 'Market',
      description: NO_DESCRIPTION,
      type: 'dropdown',
      orderNumber: 2,
      required: true,
      answers: choices(300000021, ['Central', 'Riverside', 'Station']),
    },
    {
      questionID: 30000003,
      code: 'Q3',
      text: 'Is the stall permanent?',
      description: NO_DESCRIPTION,
      type: 'multiple_choice_radio',
      orderNumber: 3,
      required: true,
      answers: choices(300000031, ['Yes', 'No']),
    },
    {
      questionID: 30000004,
      code: 'Q4',
      text: 'Goods sold',
      description: NO_DESCRIPTION,
      type: 'multiple_choice_checkbox',
      orderNumber: 4,
      required: true,
      answers: choices(300000041, ['Food', 'Clothing', 'Electronics', 'Household goods', 'Services']),
    },
    {
      questionID: 30000005,
      code: 'Q5',
      text: 'Stall number',
      description: NO_DESCRIPTION,
      type: 'text_single_line',
      orderNumber: 5,
      required: true,
      answers: typedAnswer(300000051, 'Stall number'),
    },
    {
      questionID: 30000006,
      code: 'Q6',
      text: 'Daily rent paid (local currency)',
      description: NO_DESCRIPTION,
      type: 'numeric',
      orderNumber: 6,
      required: false,
      answers: typedAnswer(300000061, 'Rent'),
    },
    {
      questionID: 30000071,
      code: 'Q7_1',
      text: 'Shade',
      description: 'Rate the facilities',
      type: 'matrix_single',
      orderNumber: 7,
      required: false,
      answers: choices(300000711, ['Poor', 'Fair', 'Good']),
    },
    {
      questionID: 30000072,
      code: 'Q7_2',
      text: 'Water point',
      description: NO_DESCRIPTION,
      type: 'matrix_single',
      orderNumber: 8,
      required: false,
      answers: choices(300000721, ['Poor', 'Fair', 'Good']),
    },
    {
      questionID: 30000081,
      code: 'Q8_1',
      text: 'Cash',
      description: 'Which payment methods are accepted, by customer type?',
      type: 'matrix_multiple',
      orderNumber: 9,
      required: false,
      answers: choices(300000811, ['Walk-in', 'Regular', 'Wholesale'], false),
    },
    {
      questionID: 30000082,
      code: 'Q8_2',
      text: 'Mobile money',
      description: NO_DESCRIPTION,
      type: 'matrix_multiple',
      orderNumber: 10,
      required: false,
      answers: choices(300000821, ['Walk-in', 'Regular', 'Wholesale'], false),
    },
    {
      questionID: 30000009,
      code: 'Q9',
      text: 'Notes',
      description: NO_DESCRIPTION,
      type: 'text_multi_line',
      orderNumber: 11,
      required: false,
      answers: typedAnswer(300000091, 'Notes'),
    },
    {
      questionID: 30000101,
      code: 'Q10_1',
      text: 'First Name',
      description: 'Contact Information',
      type: 'contact_info',
      orderNumber: 12,
      required: false,
      answers: typedAnswer(300001011, 'FIRST_NAME'),
    },
    {
      questionID: 30000102,
      code: 'Q10_2',
      text: 'Email Address',
      description: NO_DESCRIPTION,
      type: 'contact_info',
      orderNumber: 13,
      required: false,
      answers: typedAnswer(300001021, 'EMAIL'),
    },
  ],
};

/** Belongs to another account: the sandbox key gets 403 1013 on it. */
export const foreignSurvey: SeedSurvey = {
  surveyID: 7000001,
  ownerID: OTHER_USER_ID,
  name: 'Another Team Survey',
  status: 'Active',
  creationDate: '01 Mar, 2026 09:00:00 AM UTC',
  questions: [
    {
      questionID: 70000001,
      code: 'Q1',
      text: 'Private question',
      description: NO_DESCRIPTION,
      type: 'text_single_line',
      orderNumber: 1,
      required: false,
      answers: typedAnswer(700000011, 'Answer'),
    },
  ],
};

export const seedSurveys: readonly SeedSurvey[] = [
  seedExampleSurvey,
  householdWaterSurvey,
  marketStallSurvey,
  foreignSurvey,
];

// ---- QMob -----------------------------------------------------------------------------------

/** Case-sensitive project name in QMob URLs. */
export const QMOB_PROJECT = 'OutpostPractice';
export const QMOB_COMPANY_ID = '501';
export const QMOB_USER_NAME = 'practice.admin';
/** A preview list holds at most this many respondents. */
export const QMOB_PREVIEW_LIST_MAX = 5;

export interface SeedSampleField {
  readonly alias: string;
  readonly type: 'integer' | 'text';
  readonly required: boolean;
}

export const qmobSampleFields: readonly SeedSampleField[] = [
  { alias: 'site_code', type: 'text', required: true },
  { alias: 'age', type: 'integer', required: false },
  { alias: 'household_size', type: 'integer', required: false },
];

export interface SeedList {
  readonly id: string;
  readonly name: string;
  readonly preview: boolean;
}

export const qmobLists: readonly SeedList[] = [
  { id: '1001', name: 'Field respondents', preview: false },
  { id: '1002', name: 'Follow-up panel', preview: false },
  { id: '1003', name: 'Preview testers', preview: true },
];

export interface SeedRespondent {
  readonly username: string;
  readonly phonenumber: string;
  readonly email: string;
  readonly sampleFields: Readonly<Record<string, string>>;
  readonly listIds: readonly string[];
}

export const qmobRespondents: readonly SeedRespondent[] = [
  {
    username: 'amina.k',
    phonenumber: '+254700000001',
    email: '',
    sampleFields: { site_code: 'NRB-01', age: '34' },
    listIds: ['1001'],
  },
  {
    username: 'joseph.m',
    phonenumber: '',
    email: 'joseph.m@example.org',
    sampleFields: { site_code: 'NRB-02' },
    listIds: ['1001', '1002'],
  },
  {
    username: 'preview.tester',
    phonenumber: '+254700000009',
    email: '',
    sampleFields: { site_code: 'HQ' },
    listIds: ['1001', '1003'],
  },
];
