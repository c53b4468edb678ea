import { z } from 'zod';
import {
  contactFieldNames,
  wireBlockSchema,
  wireLogicGraphSchema,
  wireQuestionSchema,
  wireSurveyLanguageSchema,
  type ContactFieldName,
  type WireBlock,
  type WireQuestion,
} from '../questionpro/question-object';
import { textsOf } from './languages';
import {
  LOCAL_SURVEY_FORMAT,
  surveyKeyOf,
  type LocalBlock,
  type LocalContactField,
  type LocalLanguage,
  type LocalQuestion,
  type LocalSurvey,
  type PathStep,
} from './survey-model';

/**
 * QuestionPro's survey objects → the local model. Parsing uses the one wire schema per object
 * (common/questionpro/question-object.ts); only what capture relies on is checked.
 */

export interface RemoteSurveyInfo {
  accountId: string;
  surveyId: number;
  name: string;
  fetchedAt: number;
}

export interface RemoteSurveyParts {
  /** `GET /surveys/{id}/questions`, all pages, in the default language. */
  questions: unknown;
  /** `GET /surveys/{id}/blocks`; null or absent when QuestionPro refused it. */
  blocks?: unknown;
  /** The survey's `surveyLanguages[]`. */
  languages?: unknown;
  /** The questions again in each other language, by languageID. */
  translations?: ReadonlyArray<{ languageID: number; questions: unknown }>;
  /** `GET /surveys/{id}/logic-graph`'s `response`; null or absent when QuestionPro refused it. */
  logicGraph?: unknown;
}

/**
 * Fail-safe (open point 4): the sheet's contact fields carry only `{rowID, text}`; a field
 * without its own `columns[0].columnID` is answered with the answerID create-response.html
 * documents for it. Address has none documented, so without a column it is not captured.
 */
const DOCUMENTED_CONTACT_ANSWER_IDS: Readonly<Partial<Record<ContactFieldName, number>>> = {
  firstName: 100000001,
  lastName: 100000002,
  phone: 100000003,
  email: 100000004,
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Question texts may hold HTML (sheet, section a): shown as plain text, never as markup. */
export function plainText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_match, name: string) => ENTITIES[name] ?? '')
    .trim();
}

function contactFieldsOf(question: WireQuestion): LocalContactField[] {
  return contactFieldNames.flatMap((field): LocalContactField[] => {
    const wire = question[field];
    // rowID 0: the field is not in use (the sheet's example shows address this way).
    if (!wire || wire.rowID === 0) return [];
    const answerID = wire.columns?.[0]?.columnID ?? DOCUMENTED_CONTACT_ANSWER_IDS[field];
    if (answerID === undefined) return [];
    return [{ field, rowID: wire.rowID, answerID, text: plainText(wire.text) }];
  });
}

function rangeOf(question: WireQuestion): LocalQuestion['range'] {
  const { minValue: min, maxValue: max, step } = question;
  if (min === null || min === undefined || max === null || max === undefined || max <= min) return undefined;
  return { min, max, step: step && step > 0 ? step : 1 };
}

function toLocalQuestion(question: WireQuestion, index: number, fallbackBlockID: number): LocalQuestion {
  const topColumns = question.columns ?? [];
  const local: LocalQuestion = {
    questionID: question.questionID,
    blockID: question.blockID ?? fallbackBlockID,
    code: question.code ?? `Q${index + 1}`,
    text: plainText(question.text),
    type: question.type ?? 'unknown',
    orderNumber: question.orderNumber ?? index + 1,
    required: question.required ?? false,
    answers: (question.answers ?? [])
      .map((answer, answerIndex) => ({
        answerID: answer.answerID,
        text: plainText(answer.text),
        orderNumber: answer.orderNumber ?? answerIndex + 1,
        other: answer.hasOther ?? false,
        notApplicable: answer.hasNA ?? false,
      }))
      .sort((a, b) => a.orderNumber - b.orderNumber),
    rows: (question.rows ?? []).map((row) => ({
      rowID: row.rowID,
      text: plainText(row.text),
      columns: (row.columns ?? []).map((column, columnIndex) => ({
        columnID: column.columnID,
        // Column text is sometimes absent in the row (sheet, section a): the top-level column's then.
        text: plainText(column.text ?? topColumns[columnIndex]?.text),
      })),
    })),
    contactFields: contactFieldsOf(question),
    notApplicable: question.notApplicableAnswer ?? false,
  };
  const range = rangeOf(question);
  if (range) local.range = range;
  if (question.anchor) {
    local.anchors = { left: plainText(question.anchor.leftAnchor), right: plainText(question.anchor.rightAnchor) };
  }
  return local;
}

/** A question without a blockID (the sheet says every one has it) goes into one block of its own, never lost. */
const UNSECTIONED_BLOCK_ID = 0;

function parseQuestions(raw: unknown): LocalQuestion[] {
  const parsed = z.array(wireQuestionSchema).parse(raw);
  return parsed
    .map((question, index) => toLocalQuestion(question, index, UNSECTIONED_BLOCK_ID))
    .map((question, index) => ({ question, index }))
    .sort((a, b) => a.question.orderNumber - b.question.orderNumber || a.index - b.index)
    .map(({ question }) => question);
}

function blocksFor(questions: readonly LocalQuestion[], raw: unknown): LocalBlock[] {
  const listed: WireBlock[] = raw === null || raw === undefined ? [] : z.array(wireBlockSchema).parse(raw);
  const blocks: LocalBlock[] = listed
    .map((block, index) => ({
      blockID: block.blockID,
      title: plainText(block.title),
      orderNumber: block.orderNumber ?? index + 1,
    }))
    .sort((a, b) => a.orderNumber - b.orderNumber);
  // Blocks refused or incomplete: every block a question names is still a section, in question order.
  const known = new Set(blocks.map((block) => block.blockID));
  for (const question of questions) {
    if (known.has(question.blockID)) continue;
    known.add(question.blockID);
    blocks.push({ blockID: question.blockID, title: '', orderNumber: blocks.length + 1 });
  }
  const used = new Set(questions.map((question) => question.blockID));
  return blocks
    .filter((block) => used.has(block.blockID))
    .map((block, index) => ({ ...block, title: block.title || `Section ${index + 1}` }));
}

function languagesFor(raw: unknown, questionsByLanguage: ReadonlyMap<number, LocalQuestion[]>) {
  const listed = raw === null || raw === undefined ? [] : z.array(wireSurveyLanguageSchema).parse(raw);
  const defaultIndex = Math.max(
    0,
    listed.findIndex((language) => language.default === true),
  );
  // Fail-safe: another language is offered only when its questions were downloaded; one without
  // an ID (get-survey.html's example has none) cannot be asked for, so it is not offered at all.
  return listed.flatMap((language, index): LocalLanguage[] => {
    const isDefault = index === defaultIndex;
    const languageID = language.languageID ?? null;
    if (isDefault) return [{ languageID, name: language.name, default: true, texts: {} }];
    const translated = languageID === null ? undefined : questionsByLanguage.get(languageID);
    return translated ? [{ languageID, name: language.name, default: false, texts: textsOf(translated, []) }] : [];
  });
}

function logicGraphOf(raw: unknown): PathStep[][] | null {
  if (raw === null || raw === undefined) return null;
  const graph = wireLogicGraphSchema.parse(raw);
  const paths = graph.paths
    .map((path) => path.map((step) => ({ sectionId: step.sectionId, answerId: step.answerId })))
    .filter((path) => path.length > 0);
  return paths.length > 0 ? paths : null;
}

/** Throws a ZodError when the server's objects lack what capture needs. */
export function toLocalSurvey(info: RemoteSurveyInfo, parts: RemoteSurveyParts): LocalSurvey {
  const questions = parseQuestions(parts.questions);
  const blocks = blocksFor(questions, parts.blocks);
  const byLanguage = new Map<number, LocalQuestion[]>();
  for (const translation of parts.translations ?? []) {
    byLanguage.set(translation.languageID, parseQuestions(translation.questions));
  }
  return {
    id: surveyKeyOf(info.accountId, info.surveyId, info.fetchedAt),
    format: LOCAL_SURVEY_FORMAT,
    accountId: info.accountId,
    surveyId: info.surveyId,
    name: info.name,
    fetchedAt: info.fetchedAt,
    blocks,
    questions,
    languages: languagesFor(parts.languages, byLanguage),
    logicGraph: logicGraphOf(parts.logicGraph),
  };
}
