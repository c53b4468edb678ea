import type { RespondentDraft } from './respondent';

import { neutraliseFormula, quoteCell } from '../csv/spreadsheet-safe';

export { neutraliseFormula, restoreNeutralised } from '../csv/spreadsheet-safe';

/** One line per row, CRLF as spreadsheets expect, every cell formula-safe. */
export function toCsvText(rows: readonly (readonly string[])[], delimiter = ','): string {
  return (
    rows.map((row) => row.map((cell) => quoteCell(neutraliseFormula(cell), delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  );
}

/** Header plus one row per respondent, sample fields as columns named by alias (re-importable as is). */
export function respondentExportRows(
  respondents: readonly RespondentDraft[],
  sampleAliases: readonly string[],
): string[][] {
  const header = ['username', 'phonenumber', 'email', ...sampleAliases];
  return [
    header,
    ...respondents.map((r) => [
      r.username,
      r.phonenumber,
      r.email,
      ...sampleAliases.map((alias) => r.sampleFields[alias] ?? ''),
    ]),
  ];
}
