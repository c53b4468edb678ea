import Papa from 'papaparse';
import { z } from 'zod';

/** The delimiters spreadsheets use for CSV: comma, semicolon (European locales), tab and pipe. */
export const candidateDelimiters = [',', ';', '\t', '|'] as const;
export type CsvLayout = { delimiter: string; newline: '\n' | '\r' | '\r\n' };

const guessSchema = z.object({ meta: z.object({ delimiter: z.string(), linebreak: z.string() }) });

/** Papaparse's delimiter and line-ending detection, on the first part of the file. */
export function detectLayout(sample: string): CsvLayout {
  const guessed = guessSchema.parse(
    Papa.parse(sample, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [...candidateDelimiters] }),
  );
  const delimiter = (candidateDelimiters as readonly string[]).includes(guessed.meta.delimiter)
    ? guessed.meta.delimiter
    : ',';
  const linebreak = guessed.meta.linebreak;
  const newline = linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
  return { delimiter, newline };
}

/** One record of the file, numbered as a spreadsheet numbers rows (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
  /** Set when papaparse could not make sense of the quoting of this record. */
  malformed?: string;
}

const parsedChunkSchema = z.object({
  data: z.array(z.array(z.string())),
  errors: z.array(z.object({ row: z.number().optional(), message: z.string() })),
  meta: z.object({ cursor: z.number() }),
});

/**
 * Turns text arriving in pieces into whole records. The last record of each
 * piece may be cut off (even inside a quoted field with line breaks), so it is
 * held back and parsed again with the next piece, as papaparse's own streamers do.
 */
export class CsvRecordStream {
  readonly #parser: Papa.Parser;
  #pending = '';
  #nextRow = 1;

  constructor(layout: CsvLayout) {
    this.#parser = new Papa.Parser({ delimiter: layout.delimiter, newline: layout.newline });
  }

  push(text: string, isLast: boolean): CsvRecord[] {
    const input = this.#pending + text;
    if (input === '') return [];
    const parsed = parsedChunkSchema.parse(this.#parser.parse(input, 0, !isLast));
    this.#pending = isLast ? '' : input.slice(parsed.meta.cursor);
    const malformedByIndex = new Map<number, string>();
    for (const error of parsed.errors) if (error.row !== undefined) malformedByIndex.set(error.row, error.message);
    // A final line break leaves an empty last record: it is not a row.
    const data = isLast && /[\r\n]$/.test(input) ? trimTrailingEmpty(parsed.data) : parsed.data;
    const records = data.map((cells, index): CsvRecord => {
      const malformed = malformedByIndex.get(index);
      return malformed === undefined
        ? { row: this.#nextRow + index, cells }
        : { row: this.#nextRow + index, cells, malformed };
    });
    this.#nextRow += data.length;
    return records;
  }
}

function trimTrailingEmpty(rows: string[][]): string[][] {
  const last = rows[rows.length - 1];
  return last && last.length === 1 && last[0] === '' ? rows.slice(0, -1) : rows;
}

export const isBlankRecord = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');
