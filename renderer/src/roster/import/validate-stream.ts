import {
  applyMapping,
  columnOfTargetFinder,
  headerSignature,
  type ColumnMapping,
} from '../../../../common/roster/column-mapping';
import { duplicateInFile } from '../../../../common/roster/list-rules';
import type { RespondentDraft, SampleFieldConfig } from '../../../../common/roster/respondent';
import { checkRespondent } from '../../../../common/roster/respondent-rules';
import { violation, type RuleViolation } from '../../../../common/roster/rule-violation';
import { CsvRecordStream, detectLayout, isBlankRecord, type CsvLayout, type CsvRecord } from './csv-stream';
import { decodeSlices, type TextEncodingName } from './encoding';
import { binaryFormatReason, headOf, notCsvReason } from './not-csv';
import { ProblemReport } from './problem-report';
import { defineMessages, said } from '../../../../common/i18n/phrase';
import { currentIntl } from '../../i18n/current-intl';
import { importWords, sayImport } from './import-words';

export interface AcceptedRow {
  row: number;
  draft: RespondentDraft;
}

/** What the checking pass learnt; the storing pass reads the file again and stores the rows not rejected here. */
export interface CheckedFile {
  encoding: TextEncodingName;
  layout: CsvLayout;
  dataRows: number;
  acceptedRows: number;
  /** Characters of the accepted rows' cells, for the storage estimate. */
  acceptedChars: number;
  /** Spreadsheet row numbers of the rejected rows. */
  rejected: ReadonlySet<number>;
  problems: ProblemReport;
}

export type ImportPhase = 'checking' | 'storing' | 'undoing';

export interface StreamProgress {
  phase: ImportPhase;
  /** Work done and to do in this phase: bytes while checking, rows while storing, chunks while undoing. */
  done: number;
  total: number;
  /** Milliseconds since the phase began, for rows per second and time left. */
  elapsedMs: number;
  rowsRead: number;
  accepted: number;
  rejected: number;
  stored: number;
}

/** Raised when the file itself, not a row, is the problem; its message is for the user. */
export class ImportFileError extends Error {}

export class ImportCancelled extends Error {
  constructor() {
    super(sayImport(importWords.cancelled));
  }
}

export interface ValidateOptions {
  mapping: ColumnMapping;
  /** The layout the mapping was made for; a file with other headers is refused. */
  signature: string;
  sampleFields: readonly SampleFieldConfig[];
  /** The encoding the file was inspected with (detected, or chosen by the user). */
  encoding: TextEncodingName;
  signal?: AbortSignal;
  onProgress?: (progress: StreamProgress) => void;
}

/**
 * The file's records, slice by slice, after the header (which is checked
 * against the mapped layout). Both passes read through here, so they see the
 * same rows with the same numbers.
 */
export async function* dataRecords(
  file: Blob,
  encoding: TextEncodingName,
  signature: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<{ records: CsvRecord[]; header: string[]; layout: CsvLayout; bytesRead: number }> {
  let stream: CsvRecordStream | null = null;
  let layout: CsvLayout | null = null;
  let header: string[] | null = null;
  const withoutHeader = (records: CsvRecord[]): CsvRecord[] => {
    const rows = records.filter((record) => !isBlankRecord(record.cells));
    if (header !== null || rows.length === 0) return rows;
    const [first, ...rest] = rows;
    if (!first) return rows;
    if (headerSignature(first.cells) !== signature) throw new ImportFileError(sayImport(importWords.columnsChanged));
    header = first.cells.map((cell) => cell.trim());
    return rest;
  };
  for await (const { text, bytesRead } of decodeSlices(file, encoding)) {
    if (signal?.aborted) throw new ImportCancelled();
    if (!stream || !layout) {
      const reason = notCsvReason(text);
      if (reason) throw new ImportFileError(reason);
      layout = detectLayout(text.slice(0, 256 * 1024));
      stream = new CsvRecordStream(layout);
    }
    const records = withoutHeader(stream.push(text, false));
    if (header) yield { records, header, layout, bytesRead };
  }
  if (!stream || !layout) throw new ImportFileError(sayImport(importWords.empty));
  const records = withoutHeader(stream.push('', true));
  if (!header) throw new ImportFileError(sayImport(importWords.noHeader));
  yield { records, header, layout, bytesRead: file.size };
}

/** The problems of a row's shape and letters, said where they are shown (RuleViolation.words). */
const rowWords = defineMessages({
  wholeRow: { id: 'roster.rule.wholeRow', defaultMessage: '(whole row)' },
  ragged: {
    id: 'roster.rule.raggedRow',
    defaultMessage:
      'The row has {cells, plural, one {# cell} other {# cells}} but the header has {header, number}: {more, select, yes {the extra cells would be cut off} other {some columns are missing}}.',
  },
  raggedMore: {
    id: 'roster.rule.raggedRow.more',
    defaultMessage:
      'A cell probably holds the delimiter without quotes: put that cell in double quotes, or remove the extra cells.',
  },
  raggedFewer: {
    id: 'roster.rule.raggedRow.fewer',
    defaultMessage: 'Add the missing cells (empty ones are fine) so the row has a cell under every header.',
  },
  invalidBytes: {
    id: 'roster.rule.invalidBytes',
    defaultMessage:
      'The text “{text}” holds bytes that are not valid UTF-8 (shown as �): letters there would be stored wrong.',
  },
  invalidBytesAction: {
    id: 'roster.rule.invalidBytes.action',
    defaultMessage:
      'Save the spreadsheet again as “CSV UTF-8” and import that file, or correct the letters in this row, or choose the file’s encoding when mapping its columns.',
  },
  malformed: {
    id: 'roster.rule.malformedRow',
    defaultMessage: 'The row cannot be read as CSV (the CSV reader says: {reader}).',
  },
  malformedAction: {
    id: 'roster.rule.malformedRow.action',
    defaultMessage: 'Check the quotes in this row (a quote inside a cell is written as two quotes).',
  },
});

/** A row whose cell count differs from the header's: its cells would land in the wrong fields or be cut off. */
function raggedRow(row: number, cells: number, headerCells: number): RuleViolation {
  const more = cells > headerCells;
  return violation({
    row,
    column: currentIntl().formatMessage(rowWords.wholeRow),
    rule: 'csv-ragged-row',
    message: said(rowWords.ragged, { cells, header: headerCells, more: more ? 'yes' : 'no' }),
    action: said(more ? rowWords.raggedMore : rowWords.raggedFewer),
  });
}

function invalidBytes(row: number, column: string, value: string): RuleViolation {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return violation({
    row,
    column,
    rule: 'text-invalid-bytes',
    message: said(rowWords.invalidBytes, { text: shown }),
    action: said(rowWords.invalidBytesAction),
  });
}

export interface RowCheck {
  /** Problems of the row; the row is rejected when one of them is an error. */
  found: RuleViolation[];
  draft: RespondentDraft | null;
}

/**
 * The checks of one record: the shape of the row, the letters in it, then
 * QMob's rules. Pure but for `firstRowOf`, which remembers usernames seen.
 */
export interface RowContext {
  header: readonly string[];
  find: ReturnType<typeof columnOfTargetFinder>;
  mapping: ColumnMapping;
  sampleFields: readonly SampleFieldConfig[];
  firstRowOf: Map<string, number>;
}

export const rowContext = (
  header: readonly string[],
  options: Pick<ValidateOptions, 'mapping' | 'sampleFields'>,
): RowContext => ({
  header,
  find: columnOfTargetFinder(currentIntl(), options.mapping, header),
  mapping: options.mapping,
  sampleFields: options.sampleFields,
  firstRowOf: new Map(),
});

export function checkRecord(record: CsvRecord, context: RowContext): RowCheck {
  const { header, find, firstRowOf } = context;
  const { row, cells, malformed } = record;
  if (malformed !== undefined) {
    return {
      draft: null,
      found: [
        violation({
          row,
          column: currentIntl().formatMessage(rowWords.wholeRow),
          rule: 'csv-malformed-row',
          message: said(rowWords.malformed, { reader: malformed }),
          action: said(rowWords.malformedAction),
        }),
      ],
    };
  }
  if (cells.length !== header.length) return { draft: null, found: [raggedRow(row, cells.length, header.length)] };
  const draft = applyMapping(context.mapping, cells);
  const found = checkRespondent(draft, context.sampleFields, { row, columnOf: find });
  const garbled = cells.findIndex((cell) => cell.includes('\ufffd'));
  if (garbled >= 0) found.push(invalidBytes(row, header[garbled] ?? '', cells[garbled] ?? ''));
  if (draft.username !== '') {
    const first = firstRowOf.get(draft.username);
    if (first === undefined) firstRowOf.set(draft.username, row);
    else found.push(duplicateInFile(row, find('username'), draft.username, first));
  }
  return { found, draft };
}

/**
 * The checking pass: reads, parses and checks the whole file, streaming,
 * without writing anything and without keeping the rows: memory holds the
 * usernames seen (for duplicates), the numbers of rejected rows and the report.
 */
export async function checkFile(file: Blob, options: ValidateOptions): Promise<CheckedFile> {
  const started = performance.now();
  const binary = binaryFormatReason(await headOf(file));
  if (binary) throw new ImportFileError(binary);
  const problems = new ProblemReport();
  const rejected = new Set<number>();
  let context: RowContext | null = null;
  let dataRows = 0;
  let acceptedRows = 0;
  let acceptedChars = 0;
  let layout: CsvLayout | null = null;
  for await (const slice of dataRecords(file, options.encoding, options.signature, options.signal)) {
    layout = slice.layout;
    context ??= rowContext(slice.header, options);
    for (const record of slice.records) {
      dataRows += 1;
      const { found } = checkRecord(record, context);
      problems.add(found);
      if (found.some((v) => v.severity === 'error')) rejected.add(record.row);
      else {
        acceptedRows += 1;
        for (const cell of record.cells) acceptedChars += cell.length;
      }
    }
    options.onProgress?.({
      phase: 'checking',
      done: slice.bytesRead,
      total: file.size,
      elapsedMs: performance.now() - started,
      rowsRead: dataRows,
      accepted: acceptedRows,
      rejected: rejected.size,
      stored: 0,
    });
  }
  if (!layout) throw new ImportFileError(sayImport(importWords.empty));
  return { encoding: options.encoding, layout, dataRows, acceptedRows, acceptedChars, rejected, problems };
}
