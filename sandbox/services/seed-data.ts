/**
 * The sandbox's starting data, in QuestionPro's real question format (see sandbox/README.md for
 * the sources and every reading the documentation leaves open): one object per question, matrix
 * rows in `rows[]` with their `columns[]`, contact information as named sub-objects, a `blockID`
 * on every question. Survey 7654321 is the seed document's own survey, with the exact IDs, codes
 * and texts of its example, so the documented request returns the documented response. The other
 * surveys together use every type of the reference sheet with confidence High or Medium-high, one
 * speaks three languages (one right-to-left), one branches over five blocks. IDs are unique
 * instance-wide.
 */

import { PRACTICE_QMOB_SAMPLE_FIELDS } from '../../common/practice/qmob-sample-fields';

export interface SeedAnswer {
  readonly answerID: number;
  readonly text: string;
  readonly orderNumber: number;
  /** "Other, please specify": the typed text goes in `value.other`. */
  readonly hasOther?: boolean;
  /** The choice is the question's "not applicable". */
  readonly hasNA?: boolean;
}

export interface SeedColumn {
  readonly columnID: number;
  readonly text?: string;
}

export interface SeedRow {
  readonly rowID: number;
  readonly text: string;
  readonly columns: readonly SeedColumn[];
}

/** A contact-information field: shaped like a row (`rowID`, `text`), as the sheet shows. */
export interface SeedContactField {
  readonly rowID: number;
  readonly text: string;
}

export interface SeedQuestion {
  readonly questionID: number;
  readonly blockID: number;
  readonly type: string;
  readonly text: string;
  readonly code: string;
  readonly orderNumber: number;
  readonly required: boolean;
  readonly answers?: readonly SeedAnswer[];
  readonly rows?: readonly SeedRow[];
  readonly columns?: readonly { readonly text: string }[];
  readonly matrixType?: string;
  readonly randomizedRows?: boolean;
  readonly notApplicableAnswer?: boolean;
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly step?: number;
  readonly anchor?: { readonly leftAnchor: string; readonly rightAnchor: string };
  readonly selectedCountry?: string;
  readonly firstName?: SeedContactField;
  readonly lastName?: SeedContactField;
  readonly phone?: SeedContactField;
  readonly email?: SeedContactField;
  readonly address?: SeedContactField;
}

export interface SeedBlock {
  readonly blockID: number;
  readonly title: string;
  readonly orderNumber: number;
  readonly creationDate: string;
}

export interface SeedLanguage {
  readonly languageID: number;
  readonly name: string;
  readonly default: boolean;
}

/** One step of a logic-graph path: the section visited and the answer that led on (0: unconditional). */
export interface SeedPathStep {
  readonly sectionId: number;
  readonly answerId: number;
}

/**
 * Texts of a non-default language, by the key of the text they replace: `q{questionID}`,
 * `a{answerID}`, `r{rowID}` (rows and contact fields), `c{rowID}.{columnID}`. Block titles come from
 * `/blocks`, which takes no language, so they stay in the default language.
 */
export type SeedTranslation = Readonly<Record<string, string>>;

export interface SeedSurvey {
  readonly surveyID: number;
  readonly ownerID: number;
  readonly name: string;
  readonly status: 'Active' | 'Closed';
  readonly creationDate: string;
  readonly blocks: readonly SeedBlock[];
  readonly questions: readonly SeedQuestion[];
  readonly languages: readonly SeedLanguage[];
  readonly translations: Readonly<Record<number, SeedTranslation>>;
  /** Null: the account has no logic-graph access (the endpoint answers 403 1013). */
  readonly logicGraph: readonly (readonly SeedPathStep[])[] | null;
}

export const SANDBOX_USER_ID = 4455667;
/** Owns a survey the sandbox user may not touch (403 1013), and an account the key may not list (403 1011). */
export const OTHER_USER_ID = 9988776;

/** English showed up as languageID 0 on a real survey (reference sheet, section d). */
export const ENGLISH: SeedLanguage = { languageID: 0, name: 'English', default: true };

function choices(firstAnswerID: number, texts: readonly string[]): SeedAnswer[] {
  return texts.map((text, index) => ({ answerID: firstAnswerID + index, text, orderNumber: index + 1 }));
}

/** A text question's one box: a row whose ID is the question's own, with one column (sheet, section c). */
function textRow(questionID: number, text: string, columnID: number): SeedRow[] {
  return [{ rowID: questionID, text, columns: [{ columnID }] }];
}

/** Matrix rows; each row carries its own column IDs (the sheet's example: unique per cell). */
function matrixRows(
  firstRowID: number,
  rowTexts: readonly string[],
  columnTexts: readonly string[],
  firstColumnID: number,
): SeedRow[] {
  return rowTexts.map((text, rowIndex) => ({
    rowID: firstRowID + rowIndex,
    text,
    columns: columnTexts.map((columnText, columnIndex) => ({
      columnID: firstColumnID + rowIndex * 10 + columnIndex,
      text: columnText,
    })),
  }));
}

const block = (blockID: number, title: string, orderNumber: number, creationDate: string): SeedBlock => ({
  blockID,
  title,
  orderNumber,
  creationDate,
});

export const seedExampleSurvey: SeedSurvey = {
  surveyID: 7654321,
  ownerID: SANDBOX_USER_ID,
  name: 'Test Survey',
  status: 'Active',
  creationDate: '05 Oct, 2020 09:00:00 AM PDT',
  blocks: [block(7650001, 'Default Block', 1, '05 Oct, 2020 09:00:00 AM PDT')],
  questions: [
    {
      questionID: 12345678,
      blockID: 7650001,
      type: 'multiplechoice_radio',
      text: 'How often do you conduct surveys?',
      code: 'Q1',
      orderNumber: 1,
      required: true,
      answers: choices(123456789, ['Always', 'Sometimes', 'Never']),
    },
    {
      // One contact_information object; its fields' rowIDs are the seed response's questionIDs.
      questionID: 12345679,
      blockID: 7650001,
      type: 'contact_information',
      text: 'Contact Information',
      code: 'Q2',
      orderNumber: 2,
      required: false,
      firstName: { rowID: 12345679, text: 'First Name' },
      lastName: { rowID: 83734737, text: 'Last Name' },
      phone: { rowID: 83734738, text: 'Phone' },
      email: { rowID: 83734739, text: 'Email Address' },
      // rowID 0: the field is not in use (the sheet's example shows address this way).
      address: { rowID: 0, text: 'Address' },
    },
  ],
  languages: [ENGLISH],
  translations: {},
  logicGraph: [[{ sectionId: 7650001, answerId: 0 }]],
};

const frequency = ['Never', 'Sometimes', 'Often'] as const;
const WATER_BLOCK = 7650101;

/** One block, no logic graph (the account is not in the logic-graph programme): every type of a household form. */
export const householdWaterSurvey: SeedSurvey = {
  surveyID: 7654322,
  ownerID: SANDBOX_USER_ID,
  name: 'Household Water Access',
  status: 'Active',
  creationDate: '12 Jan, 2026 10:00:00 AM UTC',
  blocks: [block(WATER_BLOCK, 'Household', 1, '12 Jan, 2026 10:00:00 AM UTC')],
  questions: [
    {
      questionID: 20000001,
      blockID: WATER_BLOCK,
      type: 'static_presentation_text',
      text: 'Thank you for taking part. This survey asks about water in your household.',
      code: 'Q1',
      orderNumber: 1,
      required: false,
    },
    {
      questionID: 20000002,
      blockID: WATER_BLOCK,
      type: 'multiplechoice_radio',
      text: 'What is the main source of drinking water?',
      code: 'Q2',
      orderNumber: 2,
      required: true,
      answers: [
        ...choices(200000021, ['Piped', 'Borehole', 'Well', 'Surface water']),
        { answerID: 200000025, text: 'Other', orderNumber: 5, hasOther: true },
      ],
    },
    {
      questionID: 20000003,
      blockID: WATER_BLOCK,
      type: 'multiplechoice_dropdown',
      text: 'Region',
      code: 'Q3',
      orderNumber: 3,
      required: true,
      answers: choices(200000031, ['North', 'South', 'East', 'West']),
    },
    {
      questionID: 20000004,
      blockID: WATER_BLOCK,
      type: 'multiplechoice_checkbox',
      text: 'What is the water used for?',
      code: 'Q4',
      orderNumber: 4,
      required: false,
      answers: [
        ...choices(200000041, ['Drinking', 'Cooking', 'Washing', 'Livestock']),
        { answerID: 200000045, text: 'Not applicable', orderNumber: 5, hasNA: true },
      ],
    },
    {
      questionID: 20000005,
      blockID: WATER_BLOCK,
      type: 'text_single_row',
      text: 'Village name',
      code: 'Q5',
      orderNumber: 5,
      required: false,
      rows: textRow(20000005, 'Village name', 200000051),
    },
    {
      questionID: 20000006,
      blockID: WATER_BLOCK,
      type: 'text_multiple_row',
      text: 'Describe any problems with the water supply.',
      code: 'Q6',
      orderNumber: 6,
      required: false,
      rows: textRow(20000006, 'Comment', 200000061),
    },
    {
      questionID: 20000007,
      blockID: WATER_BLOCK,
      type: 'text_numeric',
      text: 'How many people live in the household?',
      code: 'Q7',
      orderNumber: 7,
      required: true,
      rows: textRow(20000007, 'People', 200000071),
    },
    {
      questionID: 20000008,
      blockID: WATER_BLOCK,
      type: 'matrix_radio',
      text: 'How often does each of these happen?',
      code: 'Q8',
      orderNumber: 8,
      required: false,
      matrixType: 'radio',
      randomizedRows: false,
      notApplicableAnswer: true,
      rows: matrixRows(20000081, ['Water runs out', 'Water looks dirty'], frequency, 200000811),
      columns: frequency.map((text) => ({ text })),
    },
    {
      questionID: 20000009,
      blockID: WATER_BLOCK,
      type: 'matrix_checkbox',
      text: 'Which containers do you use in each season?',
      code: 'Q9',
      orderNumber: 9,
      required: false,
      rows: matrixRows(20000091, ['Dry season', 'Rainy season'], ['Bucket', 'Jerrycan', 'Tank'], 200000911),
    },
    {
      questionID: 20000101,
      blockID: WATER_BLOCK,
      type: 'contact_information',
      text: 'Contact Information',
      code: 'Q10',
      orderNumber: 10,
      required: false,
      firstName: { rowID: 20000101, text: 'First Name' },
      phone: { rowID: 20000102, text: 'Phone' },
    },
  ],
  languages: [ENGLISH],
  translations: {},
  logicGraph: null,
};

const MARKET_BLOCK = 7650201;

/** One block: sliders, rank orders, the other matrices, a section heading, a map choice. */
export const marketStallSurvey: SeedSurvey = {
  surveyID: 7654323,
  ownerID: SANDBOX_USER_ID,
  name: 'Market Stall Census',
  status: 'Active',
  creationDate: '03 Feb, 2026 08:30:00 AM UTC',
  blocks: [block(MARKET_BLOCK, 'Stall', 1, '03 Feb, 2026 08:30:00 AM UTC')],
  questions: [
    {
      questionID: 30000001,
      blockID: MARKET_BLOCK,
      type: 'static_section_heading',
      text: 'Count every stall that is open today, including mobile sellers.',
      code: 'Q1',
      orderNumber: 1,
      required: false,
    },
    {
      questionID: 30000002,
      blockID: MARKET_BLOCK,
      type: 'multiplechoice_dropdown',
      text: 'Market',
      code: 'Q2',
      orderNumber: 2,
      required: true,
      answers: choices(300000021, ['Central', 'Riverside', 'Station']),
    },
    {
      questionID: 30000003,
      blockID: MARKET_BLOCK,
      type: 'multiplechoice_maps',
      text: 'Which county is the market in?',
      code: 'Q3',
      orderNumber: 3,
      required: false,
      selectedCountry: 'KEN',
      answers: choices(300000031, ['Nairobi', 'Mombasa', 'Kisumu']),
    },
    {
      questionID: 30000004,
      blockID: MARKET_BLOCK,
      type: 'multiplechoice_checkbox',
      text: 'Goods sold',
      code: 'Q4',
      orderNumber: 4,
      required: true,
      answers: [
        ...choices(300000041, ['Food', 'Clothing', 'Electronics', 'Household goods', 'Services']),
        { answerID: 300000046, text: 'Other goods', orderNumber: 6, hasOther: true },
      ],
    },
    {
      questionID: 30000005,
      blockID: MARKET_BLOCK,
      type: 'text_single_row',
      text: 'Stall number',
      code: 'Q5',
      orderNumber: 5,
      required: true,
      rows: textRow(30000005, 'Stall number', 300000051),
    },
    {
      questionID: 30000006,
      blockID: MARKET_BLOCK,
      type: 'numeric_slider',
      text: 'Daily rent paid (hundreds of shillings)',
      code: 'Q6',
      orderNumber: 6,
      required: false,
      minValue: 0,
      maxValue: 50,
      step: 5,
      anchor: { leftAnchor: 'Nothing', rightAnchor: '5,000' },
    },
    {
      questionID: 30000007,
      blockID: MARKET_BLOCK,
      type: 'matrix_dropdown',
      text: 'Rate the facilities',
      code: 'Q7',
      orderNumber: 7,
      required: false,
      rows: matrixRows(30000071, ['Shade', 'Water point'], ['Poor', 'Fair', 'Good'], 300000711),
    },
    {
      questionID: 30000008,
      blockID: MARKET_BLOCK,
      type: 'matrix_text',
      text: 'Prices today, by customer type',
      code: 'Q8',
      orderNumber: 8,
      required: false,
      rows: matrixRows(30000081, ['Rice (1 kg)', 'Maize flour (2 kg)'], ['Walk-in', 'Wholesale'], 300000811),
    },
    {
      questionID: 30000009,
      blockID: MARKET_BLOCK,
      type: 'matrix_slider',
      text: 'How busy is the stall?',
      code: 'Q9',
      orderNumber: 9,
      required: false,
      minValue: 1,
      maxValue: 10,
      step: 1,
      rows: matrixRows(30000091, ['Morning', 'Evening'], ['Busy'], 300000911),
    },
    {
      questionID: 30000010,
      blockID: MARKET_BLOCK,
      type: 'rank_order_dropdown',
      text: 'Rank the problems, biggest first',
      code: 'Q10',
      orderNumber: 10,
      required: false,
      answers: choices(300000101, ['Rent', 'Theft', 'Flooding']),
    },
    {
      questionID: 30000011,
      blockID: MARKET_BLOCK,
      type: 'rank_order_drag_drop',
      text: 'Rank the payment methods, most used first',
      code: 'Q11',
      orderNumber: 11,
      required: false,
      answers: choices(300000111, ['Cash', 'Mobile money', 'Credit']),
    },
    {
      questionID: 30000012,
      blockID: MARKET_BLOCK,
      type: 'text_multiple_row',
      text: 'Notes',
      code: 'Q12',
      orderNumber: 12,
      required: false,
      rows: textRow(30000012, 'Notes', 300000121),
    },
    {
      questionID: 30000131,
      blockID: MARKET_BLOCK,
      type: 'contact_information',
      text: 'Contact Information',
      code: 'Q13',
      orderNumber: 13,
      required: false,
      firstName: { rowID: 30000131, text: 'First Name' },
      email: { rowID: 30000132, text: 'Email Address' },
    },
  ],
  languages: [ENGLISH],
  translations: {},
  logicGraph: [[{ sectionId: MARKET_BLOCK, answerId: 0 }]],
};

// The branching, three-language survey: five blocks; "Does your household farm?" decides the route.
const FARM = { about: 7650301, crops: 7650302, livestock: 7650303, income: 7650304, closing: 7650305 } as const;
const FARM_YES = 400000011;
const FARM_NO = 400000012;
const FARM_CREATED = '20 Feb, 2026 07:00:00 AM UTC';

export const farmLivelihoodSurvey: SeedSurvey = {
  surveyID: 7654324,
  ownerID: SANDBOX_USER_ID,
  name: 'Farm Livelihoods',
  status: 'Active',
  creationDate: FARM_CREATED,
  blocks: [
    block(FARM.about, 'About the household', 1, FARM_CREATED),
    block(FARM.crops, 'Crops', 2, FARM_CREATED),
    block(FARM.livestock, 'Livestock', 3, FARM_CREATED),
    block(FARM.income, 'Other income', 4, FARM_CREATED),
    block(FARM.closing, 'Closing', 5, FARM_CREATED),
  ],
  questions: [
    {
      questionID: 40000001,
      blockID: FARM.about,
      type: 'multiplechoice_radio',
      text: 'Does your household farm?',
      code: 'Q1',
      orderNumber: 1,
      required: true,
      answers: choices(FARM_YES, ['Yes', 'No']),
    },
    {
      questionID: 40000002,
      blockID: FARM.about,
      type: 'text_numeric',
      text: 'How many people live in the household?',
      code: 'Q2',
      orderNumber: 2,
      required: false,
      rows: textRow(40000002, 'People', 400000021),
    },
    {
      questionID: 40000003,
      blockID: FARM.crops,
      type: 'multiplechoice_checkbox',
      text: 'Which crops do you grow?',
      code: 'Q3',
      orderNumber: 3,
      required: true,
      answers: choices(400000031, ['Maize', 'Beans', 'Sorghum']),
    },
    {
      questionID: 40000004,
      blockID: FARM.crops,
      type: 'numeric_slider',
      text: 'How many acres do you farm?',
      code: 'Q4',
      orderNumber: 4,
      required: false,
      minValue: 0,
      maxValue: 20,
      step: 1,
    },
    {
      questionID: 40000005,
      blockID: FARM.livestock,
      type: 'multiplechoice_radio',
      text: 'Do you keep animals?',
      code: 'Q5',
      orderNumber: 5,
      required: true,
      answers: choices(400000051, ['Yes', 'No']),
    },
    {
      questionID: 40000006,
      blockID: FARM.income,
      type: 'text_single_row',
      text: 'What is the main source of income?',
      code: 'Q6',
      orderNumber: 6,
      required: true,
      rows: textRow(40000006, 'Income', 400000061),
    },
    {
      questionID: 40000007,
      blockID: FARM.closing,
      type: 'text_multiple_row',
      text: 'Anything else you would like to add?',
      code: 'Q7',
      orderNumber: 7,
      required: false,
      rows: textRow(40000007, 'Comment', 400000071),
    },
  ],
  languages: [
    ENGLISH,
    { languageID: 41, name: 'French', default: false },
    { languageID: 3, name: 'Arabic', default: false },
  ],
  translations: {
    41: {
      q40000001: 'Votre ménage cultive-t-il la terre ?',
      a400000011: 'Oui',
      a400000012: 'Non',
      q40000002: 'Combien de personnes vivent dans le ménage ?',
      r40000002: 'Personnes',
      q40000003: 'Quelles cultures cultivez-vous ?',
      a400000031: 'Maïs',
      a400000032: 'Haricots',
      a400000033: 'Sorgho',
      q40000004: 'Combien d’acres cultivez-vous ?',
      q40000005: 'Avez-vous des animaux ?',
      a400000051: 'Oui',
      a400000052: 'Non',
      q40000006: 'Quelle est la principale source de revenus ?',
      r40000006: 'Revenu',
      q40000007: 'Voulez-vous ajouter quelque chose ?',
      r40000007: 'Commentaire',
    },
    3: {
      q40000001: 'هل تعمل أسرتك في الزراعة؟',
      a400000011: 'نعم',
      a400000012: 'لا',
      q40000002: 'كم عدد أفراد الأسرة؟',
      r40000002: 'الأفراد',
      q40000003: 'ما المحاصيل التي تزرعها؟',
      a400000031: 'الذرة',
      a400000032: 'الفاصوليا',
      a400000033: 'الذرة الرفيعة',
      q40000004: 'كم فدانًا تزرع؟',
      q40000005: 'هل تربي حيوانات؟',
      a400000051: 'نعم',
      a400000052: 'لا',
      q40000006: 'ما هو مصدر الدخل الرئيسي؟',
      r40000006: 'الدخل',
      q40000007: 'هل تود إضافة شيء آخر؟',
      r40000007: 'تعليق',
    },
  },
  logicGraph: [
    // Farming households: crops and livestock, then closing (other income is skipped).
    [
      { sectionId: FARM.about, answerId: FARM_YES },
      { sectionId: FARM.crops, answerId: 0 },
      { sectionId: FARM.livestock, answerId: 0 },
      { sectionId: FARM.closing, answerId: 0 },
    ],
    // Others: other income, then closing (crops and livestock are skipped).
    [
      { sectionId: FARM.about, answerId: FARM_NO },
      { sectionId: FARM.income, answerId: 0 },
      { sectionId: FARM.closing, answerId: 0 },
    ],
  ],
};

const CLINIC_BLOCK = 7650401;

/** Two question types Outpost cannot capture (a lookup table and a date/time), among two it can. */
export const clinicVisitSurvey: SeedSurvey = {
  surveyID: 7654325,
  ownerID: SANDBOX_USER_ID,
  name: 'Clinic Visit Log',
  status: 'Active',
  creationDate: '01 Mar, 2026 08:00:00 AM UTC',
  blocks: [block(CLINIC_BLOCK, 'Visit', 1, '01 Mar, 2026 08:00:00 AM UTC')],
  questions: [
    {
      questionID: 50000001,
      blockID: CLINIC_BLOCK,
      type: 'multiplechoice_radio',
      text: 'Was the clinic open?',
      code: 'Q1',
      orderNumber: 1,
      required: true,
      answers: choices(500000011, ['Yes', 'No']),
    },
    {
      questionID: 50000002,
      blockID: CLINIC_BLOCK,
      type: 'date_time',
      text: 'When did the visit start?',
      code: 'Q2',
      orderNumber: 2,
      required: false,
    },
    {
      questionID: 50000003,
      blockID: CLINIC_BLOCK,
      type: 'lookup_table',
      text: 'Which medicine was out of stock?',
      code: 'Q3',
      orderNumber: 3,
      required: false,
      answers: choices(500000031, ['Amoxicillin', 'Paracetamol']),
    },
    {
      questionID: 50000004,
      blockID: CLINIC_BLOCK,
      type: 'text_single_row',
      text: 'Clinic name',
      code: 'Q4',
      orderNumber: 4,
      required: false,
      rows: textRow(50000004, 'Clinic', 500000041),
    },
  ],
  languages: [ENGLISH],
  translations: {},
  logicGraph: [[{ sectionId: CLINIC_BLOCK, answerId: 0 }]],
};

/** Belongs to another account: the sandbox key gets 403 1013 on it. */
export const foreignSurvey: SeedSurvey = {
  surveyID: 7000001,
  ownerID: OTHER_USER_ID,
  name: 'Another Team Survey',
  status: 'Active',
  creationDate: '01 Mar, 2026 09:00:00 AM UTC',
  blocks: [block(7000101, 'Default Block', 1, '01 Mar, 2026 09:00:00 AM UTC')],
  questions: [
    {
      questionID: 70000001,
      blockID: 7000101,
      type: 'text_single_row',
      text: 'Private question',
      code: 'Q1',
      orderNumber: 1,
      required: false,
      rows: textRow(70000001, 'Answer', 700000011),
    },
  ],
  languages: [ENGLISH],
  translations: {},
  logicGraph: null,
};

export const seedSurveys: readonly SeedSurvey[] = [
  seedExampleSurvey,
  householdWaterSurvey,
  marketStallSurvey,
  farmLivelihoodSurvey,
  clinicVisitSurvey,
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

/** The Practice company's fields: the same list the app declares for its Practice QMob account. */
export const qmobSampleFields: readonly SeedSampleField[] = PRACTICE_QMOB_SAMPLE_FIELDS;

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
