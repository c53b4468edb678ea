import { z } from 'zod';
import { contactFieldNames } from '../questionpro/question-object';

/**
 * The survey as Outpost keeps it on the laptop: QuestionPro's question objects (one per
 * question) reduced to what capture needs, stamped with when they were fetched. Each fetch is
 * its own version (its own `id`), so a refresh never changes the questions under an open draft.
 * IDs are kept exactly as QuestionPro sent them: they are what the response is sent with.
 */

export const LOCAL_SURVEY_FORMAT = 2;

const id = z.int().nonnegative();
const shortText = z.string().max(20_000);

export const localChoiceSchema = z.strictObject({
  answerID: id,
  text: shortText,
  orderNumber: z.int(),
  /** "Other, please specify": the typed text is sent in `value.other`. */
  other: z.boolean(),
  /** This choice is the question's "not applicable" and excludes the others. */
  notApplicable: z.boolean(),
});
export type LocalChoice = z.infer<typeof localChoiceSchema>;

export const localColumnSchema = z.strictObject({ columnID: id, text: shortText });
export type LocalColumn = z.infer<typeof localColumnSchema>;

/** A matrix row or a text box: answered under its `rowID`, with its columns' `columnID`s. */
export const localRowSchema = z.strictObject({
  rowID: id,
  text: shortText,
  columns: z.array(localColumnSchema).max(1_000),
});
export type LocalRow = z.infer<typeof localRowSchema>;

export const contactFieldSchema = z.enum(contactFieldNames);
export type ContactField = z.infer<typeof contactFieldSchema>;

/** A contact-information field: answered under its `rowID` with `answerID`. */
export const localContactFieldSchema = z.strictObject({
  field: contactFieldSchema,
  rowID: id,
  answerID: id,
  text: shortText,
});
export type LocalContactField = z.infer<typeof localContactFieldSchema>;

export const localQuestionSchema = z.strictObject({
  questionID: id,
  /** The block (section) the question sits in. */
  blockID: id,
  code: z.string().max(100),
  text: shortText,
  /** Kept as sent: a type Outpost cannot capture is shown read-only, never dropped. */
  type: z.string().max(100),
  orderNumber: z.int(),
  required: z.boolean(),
  answers: z.array(localChoiceSchema).max(10_000),
  rows: z.array(localRowSchema).max(10_000),
  contactFields: z.array(localContactFieldSchema).max(5),
  /** The question offers a "not applicable" that is not one of its answers (matrix rows). */
  notApplicable: z.boolean(),
  /** Slider range, when the survey gives one. */
  range: z.strictObject({ min: z.number(), max: z.number(), step: z.number().positive() }).optional(),
  /** Scale end labels of a slider. */
  anchors: z.strictObject({ left: z.string().max(1_000), right: z.string().max(1_000) }).optional(),
});
export type LocalQuestion = z.infer<typeof localQuestionSchema>;

export const localBlockSchema = z.strictObject({
  blockID: id,
  title: z.string().max(1_000),
  orderNumber: z.int(),
});
export type LocalBlock = z.infer<typeof localBlockSchema>;

/**
 * One of the survey's languages. The default language's texts are the questions themselves;
 * another language's are in `texts`, by key (see languages.ts).
 */
export const localLanguageSchema = z.strictObject({
  /** Null when QuestionPro named the language without an ID (get-survey.html's example). */
  languageID: id.nullable(),
  name: z.string().min(1).max(100),
  default: z.boolean(),
  texts: z.record(z.string().max(40), z.string().max(20_000)),
});
export type LocalLanguage = z.infer<typeof localLanguageSchema>;

export const pathStepSchema = z.strictObject({ sectionId: id, answerId: id });
export type PathStep = z.infer<typeof pathStepSchema>;

export const localSurveySchema = z.strictObject({
  /** `${accountId}/${surveyId}/${fetchedAt}`: one row per fetched version. */
  id: z.string().min(1).max(300),
  format: z.literal(LOCAL_SURVEY_FORMAT),
  accountId: z.string().min(1).max(100),
  surveyId: z.int().positive(),
  name: z.string().max(1_000),
  fetchedAt: z.int().nonnegative(),
  /** In survey order. */
  blocks: z.array(localBlockSchema).max(1_000),
  /** In survey order. */
  questions: z.array(localQuestionSchema).max(5_000),
  languages: z.array(localLanguageSchema).max(100),
  /** The logic graph's paths; null when QuestionPro did not give one (every section is shown in order). */
  logicGraph: z.array(z.array(pathStepSchema).max(1_000)).max(10_000).nullable(),
  /** Set when this copy came from an older Outpost and lost something: it should be downloaded again. */
  refetchReason: z.string().max(500).optional(),
});
export type LocalSurvey = z.infer<typeof localSurveySchema>;

export const surveyKeyOf = (accountId: string, surveyId: number, fetchedAt: number): string =>
  `${accountId}/${surveyId}/${fetchedAt}`;

export function defaultLanguageOf(survey: LocalSurvey): LocalLanguage | undefined {
  return survey.languages.find((language) => language.default) ?? survey.languages[0];
}
