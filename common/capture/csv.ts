import { answerKey, cellsOf, choicesOf, isNotApplicable, otherOf, ranksOf, textOf, type Answers } from './answers';
import { entriesOf, type Entry } from './question-kinds';
import type { LocalQuestion } from './survey-model';
import { neutraliseFormula, quoteCell } from '../csv/spreadsheet-safe';
import { defineMessages, type PhraseIntl } from '../i18n/phrase';

/**
 * Responses as spreadsheet rows: one row per response, one column per entry (contact fields,
 * matrix rows and text boxes are entries of their own in QuestionPro, so each gets a column).
 */

export interface CsvResponse {
  id: string;
  finalizedAt: number;
  state: string;
  enumeratorId: string;
  answers: Answers;
}

/** Neutralises formula injection, as every CSV of Outpost does (common/csv/spreadsheet-safe.ts). */
export const safeCell = neutraliseFormula;

interface Column {
  header: string;
  entry: Entry;
}

function cellFor(entry: Entry, answers: Answers): string {
  const answer = answers[answerKey(entry)];
  if (isNotApplicable(answer)) return 'N/A';
  switch (entry.kind) {
    case 'choices': {
      const picked = new Set(choicesOf(answer));
      const other = otherOf(answer).trim();
      return entry.choices
        .filter((choice) => picked.has(choice.answerID))
        .map((choice) => (choice.other && other ? `${choice.text}: ${other}` : choice.text))
        .join('; ');
    }
    case 'rank': {
      const ranks = ranksOf(answer);
      return entry.choices
        .filter((choice) => ranks[String(choice.answerID)] !== undefined)
        .sort((a, b) => (ranks[String(a.answerID)] ?? 0) - (ranks[String(b.answerID)] ?? 0))
        .map((choice) => `${ranks[String(choice.answerID)] ?? ''}. ${choice.text}`)
        .join('; ');
    }
    case 'typed':
      return textOf(answer);
    case 'cells': {
      const cells = cellsOf(answer);
      return entry.columns
        .filter((column) => (cells[String(column.columnID)] ?? '').trim() !== '')
        .map((column) => `${column.text}: ${cells[String(column.columnID)] ?? ''}`)
        .join('; ');
    }
  }
}

export function csvColumns(questions: readonly LocalQuestion[]): Column[] {
  return questions.flatMap((question) => {
    const entries = entriesOf(question);
    return entries.map((entry, index) => ({
      header: (entries.length === 1
        ? `${question.code} ${question.text}`
        : `${question.code}_${index + 1} ${entry.label}`
      ).trim(),
      entry,
    }));
  });
}

/**
 * Outpost's own columns are named in the language of whoever exports (the file is theirs to read);
 * the questions' columns keep the survey's own text, and the cells stay data (ids, ISO times, states).
 */
const headerWords = defineMessages({
  responseId: { id: 'capture.csv.responseId', defaultMessage: 'Response ID' },
  finalizedAt: { id: 'capture.csv.finalizedAt', defaultMessage: 'Finalized at (UTC)' },
  state: { id: 'capture.csv.state', defaultMessage: 'State' },
  enumerator: { id: 'capture.csv.enumerator', defaultMessage: 'Enumerator' },
});

export function buildCsvRows(
  intl: Pick<PhraseIntl, 'formatMessage'>,
  questions: readonly LocalQuestion[],
  responses: Iterable<CsvResponse>,
): string[][] {
  const columns = csvColumns(questions);
  const header = [
    intl.formatMessage(headerWords.responseId),
    intl.formatMessage(headerWords.finalizedAt),
    intl.formatMessage(headerWords.state),
    intl.formatMessage(headerWords.enumerator),
    ...columns.map((column) => column.header),
  ];
  const rows: string[][] = [header.map(safeCell)];
  for (const response of responses) {
    rows.push(
      [
        response.id,
        new Date(response.finalizedAt).toISOString(),
        response.state,
        response.enumeratorId,
        ...columns.map((column) => cellFor(column.entry, response.answers)),
      ].map(safeCell),
    );
  }
  return rows;
}

/** RFC 4180 text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => quoteCell(cell)).join(',')).join('\r\n') + '\r\n';
}

export interface ReadableAnswer {
  /** The question's text, with the row or field for a question of several entries. */
  question: string;
  /** The answer as the CSV writes it; empty when the entry was marked not applicable. */
  answer: string;
  notApplicable: boolean;
}

/** A response as a person reads it: question and answer text for every entry answered, in survey order. */
export function readableAnswers(questions: readonly LocalQuestion[], answers: Answers): ReadableAnswer[] {
  return questions.flatMap((question) => {
    const entries = entriesOf(question);
    return entries.flatMap((entry): ReadableAnswer[] => {
      const label = (entries.length === 1 ? question.text : `${question.text}: ${entry.label}`).trim();
      if (isNotApplicable(answers[answerKey(entry)])) return [{ question: label, answer: '', notApplicable: true }];
      const answer = cellFor(entry, answers);
      if (answer === '') return [];
      return [{ question: label, answer, notApplicable: false }];
    });
  });
}
