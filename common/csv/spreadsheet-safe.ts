/**
 * CSV cells that are safe to open in a spreadsheet, for every CSV Outpost
 * writes. A cell starting with = + - @ tab or CR is run as a formula (CSV
 * injection); so is one starting with NUL or another control character, which
 * spreadsheets drop before looking at the rest. Such a cell gets a leading
 * apostrophe, which spreadsheets show as text.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@']);

const startsFormula = (cell: string): boolean => {
  const first = cell.charCodeAt(0);
  // Tab, CR, NUL and every other C0 control character (below 0x20).
  return cell.length > 0 && (first < 0x20 || FORMULA_TRIGGERS.has(cell[0] ?? ''));
};

export function neutraliseFormula(cell: string): string {
  return startsFormula(cell) ? `'${cell}` : cell;
}

/** Undoes neutraliseFormula when a file exported by Outpost comes back in ("'+254…" is "+254…" again). */
export function restoreNeutralised(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && startsFormula(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * RFC 4180 quoting, also for cells holding a semicolon or a tab: a spreadsheet
 * set to split on those (European Excel splits on ";") would otherwise start a
 * new cell there, and "a;=HYPERLINK(…)" would hide a formula in the next one.
 */
export function quoteCell(cell: string, delimiter = ','): string {
  return cell.includes(delimiter) || /[",;\t\n\r]/.test(cell) || cell.startsWith(' ')
    ? `"${cell.replaceAll('"', '""')}"`
    : cell;
}
