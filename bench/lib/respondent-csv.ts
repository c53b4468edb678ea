/**
 * Generates respondent CSV files for the roster end-to-end test and the import
 * benchmark: valid rows in the sandbox company's layout (site_code required,
 * age and household_size whole numbers), and optionally rows that each break
 * one QMob rule at a known row.
 */
export const RESPONDENT_HEADER = ['username', 'phonenumber', 'email', 'site_code', 'age', 'household_size'] as const;

export interface BrokenRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  rule: string;
  cells: string[];
}

export const validUsername = (index: number): string => `resp${String(index).padStart(6, '0')}`;

export function validCells(index: number): string[] {
  const withPhone = index % 3 !== 0;
  return [
    validUsername(index),
    withPhone ? `+2547${String(index).padStart(8, '0')}` : '',
    withPhone && index % 2 === 0 ? '' : `${validUsername(index)}@example.org`,
    `SITE-${index % 40}`,
    String(18 + (index % 60)),
    index % 5 === 0 ? '' : String(1 + (index % 9)),
  ];
}

/** Twenty rows, each breaking one rule; `duplicateOf` repeats an earlier valid username. */
function brokenCells(kind: number, index: number, duplicateOf: string): { rule: string; cells: string[] } {
  const base = validCells(index);
  const set = (position: number, value: string): string[] => base.map((cell, i) => (i === position ? value : cell));
  const rules: { rule: string; cells: string[] }[] = [
    { rule: 'username-missing', cells: set(0, '') },
    { rule: 'username-missing', cells: set(0, '   ') },
    { rule: 'username-characters', cells: set(0, `bad name${index}`) },
    { rule: 'username-characters', cells: set(0, `josé${index}`) },
    { rule: 'username-characters', cells: set(0, `a/b${index}`) },
    { rule: 'phone-characters', cells: set(1, '+254 700 000') },
    { rule: 'phone-characters', cells: set(1, '0700-123456') },
    { rule: 'phone-characters', cells: set(1, 'call me') },
    { rule: 'phone-or-email-missing', cells: set(2, '').map((cell, i) => (i === 1 ? '' : cell)) },
    { rule: 'phone-or-email-missing', cells: set(1, '').map((cell, i) => (i === 2 ? '' : cell)) },
    { rule: 'phone-or-email-missing', cells: set(1, '').map((cell, i) => (i === 2 ? ' ' : cell)) },
    { rule: 'email-invalid', cells: set(2, 'not-an-email') },
    { rule: 'email-invalid', cells: set(2, 'two@@example.org') },
    { rule: 'email-invalid', cells: set(2, 'space in@example.org') },
    { rule: 'sample-field-integer', cells: set(4, 'thirty') },
    { rule: 'sample-field-integer', cells: set(4, '3.5') },
    { rule: 'sample-field-integer', cells: set(5, 'four') },
    { rule: 'sample-field-required', cells: set(3, '') },
    { rule: 'sample-field-required', cells: set(3, '  ') },
    { rule: 'username-duplicate-in-file', cells: set(0, duplicateOf) },
  ];
  const chosen = rules[kind % rules.length];
  if (!chosen) throw new Error('no such rule');
  return chosen;
}

const quote = (cell: string, delimiter: string): string =>
  /[",\r\n;|\t]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;

export interface GeneratedCsv {
  text: string;
  /** Usernames of the rows that pass every rule, in file order. */
  validUsernames: string[];
  broken: BrokenRow[];
}

/** `rows` data rows; when `brokenCount` > 0, that many rows spread evenly break one rule each. */
export function generateRespondentCsv(rows: number, brokenCount = 0, delimiter = ','): GeneratedCsv {
  const lines = [RESPONDENT_HEADER.join(delimiter)];
  const validUsernames: string[] = [];
  const broken: BrokenRow[] = [];
  const every = brokenCount > 0 ? Math.floor(rows / brokenCount) : Number.POSITIVE_INFINITY;
  for (let index = 0; index < rows; index += 1) {
    const row = index + 2;
    const kind = Math.floor(index / every);
    if (brokenCount > 0 && index % every === every - 1 && kind < brokenCount) {
      const { rule, cells } = brokenCells(kind, index, validUsernames[0] ?? validUsername(0));
      broken.push({ row, rule, cells });
      lines.push(cells.map((cell) => quote(cell, delimiter)).join(delimiter));
    } else {
      const cells = validCells(index);
      validUsernames.push(cells[0] ?? '');
      lines.push(cells.map((cell) => quote(cell, delimiter)).join(delimiter));
    }
  }
  return { text: `${lines.join('\r\n')}\r\n`, validUsernames, broken };
}
