import type { LocalBlock, LocalLanguage, LocalQuestion, LocalSurvey } from './survey-model';

/**
 * A survey in one of its languages. The structure (IDs, order, types) is the default
 * language's; another language only replaces texts, by key: `q{questionID}`, `a{answerID}`,
 * `r{rowID}` (rows and contact fields), `c{rowID}.{columnID}`, `b{blockID}`. A text the
 * language lacks stays in the default language rather than going blank.
 */
export const textKeys = {
  question: (questionID: number) => `q${questionID}`,
  answer: (answerID: number) => `a${answerID}`,
  row: (rowID: number) => `r${rowID}`,
  column: (rowID: number, columnID: number) => `c${rowID}.${columnID}`,
  block: (blockID: number) => `b${blockID}`,
} as const;

export function languageById(survey: LocalSurvey, languageID: number | null | undefined): LocalLanguage | undefined {
  if (languageID === undefined) return undefined;
  return survey.languages.find((language) => language.languageID === languageID);
}

export function questionsInLanguage(
  questions: readonly LocalQuestion[],
  language: LocalLanguage | undefined,
): LocalQuestion[] {
  if (!language || language.default) return [...questions];
  const t = (key: string, text: string): string => language.texts[key] ?? text;
  return questions.map((question) => ({
    ...question,
    text: t(textKeys.question(question.questionID), question.text),
    answers: question.answers.map((answer) => ({ ...answer, text: t(textKeys.answer(answer.answerID), answer.text) })),
    rows: question.rows.map((row) => ({
      ...row,
      text: t(textKeys.row(row.rowID), row.text),
      columns: row.columns.map((column) => ({
        ...column,
        text: t(textKeys.column(row.rowID, column.columnID), column.text),
      })),
    })),
    contactFields: question.contactFields.map((field) => ({
      ...field,
      text: t(textKeys.row(field.rowID), field.text),
    })),
  }));
}

export function blocksInLanguage(blocks: readonly LocalBlock[], language: LocalLanguage | undefined): LocalBlock[] {
  if (!language || language.default) return [...blocks];
  return blocks.map((block) => ({ ...block, title: language.texts[textKeys.block(block.blockID)] ?? block.title }));
}

/** Every text of one language's questions, by key: what `texts` holds for a non-default language. */
export function textsOf(questions: readonly LocalQuestion[], blocks: readonly LocalBlock[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const block of blocks) texts[textKeys.block(block.blockID)] = block.title;
  for (const question of questions) {
    texts[textKeys.question(question.questionID)] = question.text;
    for (const answer of question.answers) texts[textKeys.answer(answer.answerID)] = answer.text;
    for (const row of question.rows) {
      texts[textKeys.row(row.rowID)] = row.text;
      for (const column of row.columns) texts[textKeys.column(row.rowID, column.columnID)] = column.text;
    }
    for (const field of question.contactFields) texts[textKeys.row(field.rowID)] = field.text;
  }
  return texts;
}

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and the Arabic presentation forms.
const RTL_CHARACTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHARACTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** The direction of a text by its first strongly directional letter, as `dir="auto"` decides it. */
export function directionOf(text: string): 'rtl' | 'ltr' {
  for (const character of text) {
    if (RTL_CHARACTER.test(character)) return 'rtl';
    if (LTR_CHARACTER.test(character)) return 'ltr';
  }
  return 'ltr';
}

/** A form is laid out right-to-left when most of its question texts are. */
export function formDirectionOf(questions: readonly LocalQuestion[]): 'rtl' | 'ltr' {
  const rtl = questions.filter((question) => directionOf(question.text) === 'rtl').length;
  return rtl * 2 > questions.length ? 'rtl' : 'ltr';
}
