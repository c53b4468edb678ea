import type { RespondentDraft } from './respondent';

/**
 * CSV export that is safe to open in a spreadsheet: a cell starting with
 * = + - @ tab or CR would be run as a formula (CSV injection), so it gets a
 * leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseFormula(cell: string): string {
  return cell.length > 0 && FORMULA_TRIGGERS.has(cell[0] ?? '') ? `'${cell}` : cell;
}

/** RFC 4180 quoting: only when the cell holds the delimiter, a quote or a line break. */
function quoteCell(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r')
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}

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

/**
 * Undoes neutraliseFormula when a file exported by Outpost comes back in:
 * "'+254…" becomes "+254…" again, so exported phone numbers re-import cleanly.
 */
export function restoreNeutralised(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_TRIGGERS.has(cell[1] ?? '') ? cell.slice(1) : cell;
}
