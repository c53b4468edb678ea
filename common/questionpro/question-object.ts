import { z } from 'zod';

/**
 * QuestionPro's survey objects as `GET /surveys/{id}`, `/questions`, `/blocks` and
 * `/logic-graph` send them (reference sheet "questionpro-questions", sections a, d, e). One
 * schema per wire object, used by the client at the boundary and by the local model's
 * conversion. Objects are loose: QuestionPro adds fields over time and an unknown field is
 * kept, never fatal. Ids arrive as numbers; a numeric string is accepted too.
 */

export const wireIdSchema = z.union([
  z.int().nonnegative(),
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
]);

/** A text the server may leave out or send as null. */
const wireText = z.string().nullish();

export const wireAnswerSchema = z.looseObject({
  answerID: wireIdSchema,
  text: wireText,
  orderNumber: z.number().int().nullish(),
  /** "Other, please specify" (sheet: secondary doc; may only come from the /answers endpoint). */
  hasOther: z.boolean().nullish(),
  hasNA: z.boolean().nullish(),
  excludeRandomization: z.boolean().nullish(),
});

export const wireColumnSchema = z.looseObject({
  columnID: wireIdSchema,
  /** Sometimes absent (sheet, section a). */
  text: wireText,
});

export const wireRowSchema = z.looseObject({
  rowID: wireIdSchema,
  text: wireText,
  columns: z.array(wireColumnSchema).nullish(),
});

/** A contact-information field: shaped like a row, `{rowID, text}` (sheet, section a). */
export const wireContactFieldSchema = z.looseObject({
  rowID: wireIdSchema,
  text: wireText,
  columns: z.array(wireColumnSchema).nullish(),
});

export const contactFieldNames = ['firstName', 'lastName', 'phone', 'email', 'address'] as const;
export type ContactFieldName = (typeof contactFieldNames)[number];

export const wireQuestionSchema = z.looseObject({
  questionID: wireIdSchema,
  blockID: wireIdSchema.nullish(),
  type: wireText,
  text: wireText,
  code: wireText,
  orderNumber: z.number().int().nullish(),
  required: z.boolean().nullish(),
  answers: z.array(wireAnswerSchema).nullish(),
  rows: z.array(wireRowSchema).nullish(),
  /** Top-level matrix columns (secondary doc); the nested `rows[].columns[]` carry the IDs. */
  columns: z.array(z.looseObject({ text: wireText })).nullish(),
  matrixType: wireText,
  randomizedRows: z.boolean().nullish(),
  notApplicableAnswer: z.boolean().nullish(),
  /** Create-payload names; whether GET returns them is unknown (sheet, section a). */
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
  step: z.number().nullish(),
  anchor: z.looseObject({ leftAnchor: wireText, rightAnchor: wireText }).nullish(),
  selectedCountry: wireText,
  firstName: wireContactFieldSchema.nullish(),
  lastName: wireContactFieldSchema.nullish(),
  phone: wireContactFieldSchema.nullish(),
  email: wireContactFieldSchema.nullish(),
  address: wireContactFieldSchema.nullish(),
});
export type WireQuestion = z.output<typeof wireQuestionSchema>;

export const wireBlockSchema = z.looseObject({
  blockID: wireIdSchema,
  title: wireText,
  orderNumber: z.number().int().nullish(),
});
export type WireBlock = z.output<typeof wireBlockSchema>;

/** `surveyLanguages[]`: get-survey.html shows no ID; a real survey returned `languageID` (sheet, section d). */
export const wireSurveyLanguageSchema = z.looseObject({
  languageID: wireIdSchema.nullish(),
  name: z.string(),
  default: z.boolean().nullish(),
});
export type WireSurveyLanguage = z.output<typeof wireSurveyLanguageSchema>;

export const wireSurveySchema = z.looseObject({
  surveyID: wireIdSchema,
  name: z.string(),
  status: wireText,
  questionCount: z.number().int().nonnegative().nullish(),
  surveyLanguages: z.array(wireSurveyLanguageSchema).nullish(),
});
export type WireSurvey = z.output<typeof wireSurveySchema>;

/** One step of a path: the section visited and the answer that led on (0 when unconditional). */
export const wirePathStepSchema = z.looseObject({ sectionId: wireIdSchema, answerId: wireIdSchema });

export const wireLogicGraphSchema = z.looseObject({
  totalPaths: z.number().int().nonnegative().nullish(),
  paths: z.array(z.array(wirePathStepSchema)),
});
export type WireLogicGraph = z.output<typeof wireLogicGraphSchema>;
