import { z } from 'zod';
import {
  LOCAL_SURVEY_FORMAT,
  localSurveySchema,
  type ContactField,
  type LocalContactField,
  type LocalQuestion,
  type LocalSurvey,
} from './survey-model';

/**
 * Surveys stored by Outpost before it read QuestionPro's real question format (Dexie schema 1–2,
 * survey packages and backups of version 1): one exploded question per contact field and
 * matrix row, under invented type names. They are converted so that every draft keeps its
 * answers: those were keyed by the exploded questionIDs, which are exactly the rowIDs the new
 * model answers under. A converted survey has no sections, branching or languages, so it is
 * marked to be downloaded again.
 */

const legacyQuestionSchema = z.object({
  questionID: z.int(),
  code: z.string(),
  text: z.string(),
  description: z.string(),
  type: z.string(),
  orderNumber: z.int(),
  required: z.boolean(),
  answers: z.array(z.object({ answerID: z.int(), text: z.string(), orderNumber: z.int() })),
  min: z.number().optional(),
  max: z.number().optional(),
});
type LegacyQuestion = z.infer<typeof legacyQuestionSchema>;

export const legacySurveySchema = z.object({
  id: z.string().min(1).max(300),
  accountId: z.string().min(1).max(100),
  surveyId: z.int().positive(),
  name: z.string().max(1_000),
  fetchedAt: z.int().nonnegative(),
  questions: z.array(legacyQuestionSchema).max(5_000),
});
export type LegacySurvey = z.infer<typeof legacySurveySchema>;

export const LEGACY_REFETCH_REASON =
  'Saved by an older version of Outpost: download it again to get its sections, branching and languages.';

const LEGACY_BLOCK_ID = 0;

const renamed: Readonly<Record<string, string>> = {
  multiple_choice_radio: 'multiplechoice_radio',
  dropdown: 'multiplechoice_dropdown',
  multiple_choice_checkbox: 'multiplechoice_checkbox',
  text_single_line: 'text_single_row',
  text_multi_line: 'text_multiple_row',
  numeric: 'text_numeric',
  presentation_text: 'static_presentation_text',
};
const typedTypes = new Set(['text_single_line', 'text_multi_line', 'numeric']);
const contactFieldByName: Readonly<Record<string, ContactField>> = {
  FIRST_NAME: 'firstName',
  LAST_NAME: 'lastName',
  PHONE: 'phone',
  EMAIL: 'email',
};

const groupCodeOf = (code: string): string => /^(.+)_\d+$/.exec(code)?.[1] ?? code;

function base(question: LegacyQuestion, type: string): LocalQuestion {
  return {
    questionID: question.questionID,
    blockID: LEGACY_BLOCK_ID,
    code: question.code,
    text: question.text,
    type,
    orderNumber: question.orderNumber,
    required: question.required,
    answers: [],
    rows: [],
    contactFields: [],
    notApplicable: false,
  };
}

function single(question: LegacyQuestion): LocalQuestion {
  const type = renamed[question.type] ?? question.type;
  const local = base(question, type);
  if (typedTypes.has(question.type)) {
    const box = question.answers[0];
    local.rows = box
      ? [{ rowID: question.questionID, text: question.text, columns: [{ columnID: box.answerID, text: '' }] }]
      : [];
  } else {
    local.answers = question.answers.map((answer) => ({ ...answer, other: false, notApplicable: false }));
  }
  return local;
}

function contactGroup(group: readonly LegacyQuestion[]): LocalQuestion {
  const first = group[0] as LegacyQuestion;
  const local = base({ ...first, code: groupCodeOf(first.code) }, 'contact_information');
  local.text = first.description.trim() || 'Contact Information';
  local.required = group.some((question) => question.required);
  local.contactFields = group.flatMap((question): LocalContactField[] => {
    const box = question.answers[0];
    const field = contactFieldByName[box?.text.toUpperCase() ?? ''];
    return box && field ? [{ field, rowID: question.questionID, answerID: box.answerID, text: question.text }] : [];
  });
  return local;
}

function matrixGroup(group: readonly LegacyQuestion[], many: boolean): LocalQuestion {
  const first = group[0] as LegacyQuestion;
  const local = base({ ...first, code: groupCodeOf(first.code) }, many ? 'matrix_checkbox' : 'matrix_radio');
  local.text = first.description.trim() || first.text;
  local.required = group.some((question) => question.required);
  local.rows = group.map((row) => ({
    rowID: row.questionID,
    text: row.text,
    columns: row.answers.map((answer) => ({ columnID: answer.answerID, text: answer.text })),
  }));
  return local;
}

const groupTypes = new Set(['contact_info', 'matrix_single', 'matrix_multiple']);

export function convertLegacySurvey(legacy: LegacySurvey): LocalSurvey {
  const questions: LocalQuestion[] = [];
  const sorted = [...legacy.questions].sort((a, b) => a.orderNumber - b.orderNumber);
  for (let index = 0; index < sorted.length; ) {
    const question = sorted[index] as LegacyQuestion;
    if (!groupTypes.has(question.type)) {
      questions.push(single(question));
      index += 1;
      continue;
    }
    const group = [question];
    const code = groupCodeOf(question.code);
    while (index + group.length < sorted.length) {
      const next = sorted[index + group.length] as LegacyQuestion;
      if (next.type !== question.type || groupCodeOf(next.code) !== code) break;
      group.push(next);
    }
    questions.push(
      question.type === 'contact_info' ? contactGroup(group) : matrixGroup(group, question.type === 'matrix_multiple'),
    );
    index += group.length;
  }
  return localSurveySchema.parse({
    id: legacy.id,
    format: LOCAL_SURVEY_FORMAT,
    accountId: legacy.accountId,
    surveyId: legacy.surveyId,
    name: legacy.name,
    fetchedAt: legacy.fetchedAt,
    blocks: [{ blockID: LEGACY_BLOCK_ID, title: 'Questions', orderNumber: 1 }],
    questions,
    languages: [],
    logicGraph: null,
    refetchReason: LEGACY_REFETCH_REASON,
  });
}

/** A survey from a file or an old database: the current form as is, an older one converted. */
export const storedSurveySchema = z.union([
  localSurveySchema,
  legacySurveySchema.transform((legacy) => convertLegacySurvey(legacy)),
]);

const unreadableSurveySchema = legacySurveySchema.pick({
  id: true,
  accountId: true,
  surveyId: true,
  name: true,
  fetchedAt: true,
});

export const UNREADABLE_REFETCH_REASON =
  'This copy of the survey could not be read by this version of Outpost: download it again to capture with it.';

/**
 * A survey row of an older database, as the current model: kept as is when already current,
 * converted when in the older format, and otherwise kept by its identity with no questions and
 * marked to be downloaded again (its drafts stay; nothing is deleted). Null: not a survey row.
 */
export function upgradeStoredSurvey(row: unknown): LocalSurvey | null {
  const current = localSurveySchema.safeParse(row);
  if (current.success) return current.data;
  const legacy = legacySurveySchema.safeParse(row);
  if (legacy.success) {
    try {
      return convertLegacySurvey(legacy.data);
    } catch {
      // Falls through to keeping the survey's identity only.
    }
  }
  const identity = unreadableSurveySchema.safeParse(row);
  if (!identity.success) return null;
  return {
    ...identity.data,
    format: LOCAL_SURVEY_FORMAT,
    blocks: [],
    questions: [],
    languages: [],
    logicGraph: null,
    refetchReason: UNREADABLE_REFETCH_REASON,
  };
}
