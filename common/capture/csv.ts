import { answerKey, choicesOf, textOf, type Answers } from './answers';
import { isAnswerable, type LocalQuestion } from './survey-model';

/**
 * Responses as spreadsheet rows: one row per response, one column per question (contact
 * sub-fields and matrix rows are questions of their own, so each gets a column).
 */

export interface CsvResponse {
  id: string;
  finalizedAt: number;
  state: string;
  enumeratorId: string;
  answers: Answers;
}

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises formula injection: a leading quote makes spreadsheets show the text as text. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cellFor(question: LocalQuestion, answers: Answers): string {
  const answer = answers[answerKey(question)];
  const picked = new Set(choicesOf(answer));
  if (picked.size > 0) {
    return question.answers
      .filter((choice) => picked.has(choice.answerID))
      .map((choice) => choice.text)
      .join('; ');
  }
  return textOf(answer);
}

export function csvColumns(questions: readonly LocalQuestion[]): LocalQuestion[] {
  return questions.filter(isAnswerable);
}

export function buildCsvRows(questions: readonly LocalQuestion[], responses: Iterable<CsvResponse>): string[][] {
  const columns = csvColumns(questions);
  const header = [
    'Response ID',
    'Finalized at (UTC)',
    'State',
    'Enumerator',
    ...columns.map((q) => `${q.code} ${q.text}`.trim()),
  ];
  const rows: string[][] = [header.map(safeCell)];
  for (const response of responses) {
    rows.push(
      [
        response.id,
        new Date(response.finalizedAt).toISOString(),
        response.state,
        response.enumeratorId,
        ...columns.map((question) => cellFor(question, response.answers)),
      ].map(safeCell),
    );
  }
  return rows;
}

const quote = (cell: string): string =>
  /[",\n\r]/.test(cell) || cell.startsWith(' ') ? `"${cell.replace(/"/g, '""')}"` : cell;

/** RFC 4180 text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}
