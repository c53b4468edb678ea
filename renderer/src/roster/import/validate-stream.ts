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
import { CsvRecordStream, detectLayout, isBlankRecord } from './csv-stream';
import { decodeSlices, detectEncoding, type TextEncodingName } from './encoding';
import { notCsvReason } from './not-csv';

export interface AcceptedRow {
  row: number;
  draft: RespondentDraft;
}

export interface ValidatedFile {
  encoding: TextEncodingName;
  delimiter: string;
  accepted: AcceptedRow[];
  rejectedRows: number;
  /** Errors of rejected rows and warnings of accepted ones, in row order. */
  violations: RuleViolation[];
  dataRows: number;
}

export interface StreamProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  accepted: number;
  rejected: number;
}

/** Raised when the file itself, not a row, is the problem; its message is for the user. */
export class ImportFileError extends Error {}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was imported.');
  }
}

export interface ValidateOptions {
  mapping: ColumnMapping;
  /** The layout the mapping was made for; a file with other headers is refused. */
  signature: string;
  sampleFields: readonly SampleFieldConfig[];
  signal?: AbortSignal;
  onProgress?: (progress: StreamProgress) => void;
}

/**
 * Reads, parses and checks the whole file, streaming, without writing anything:
 * the accepted rows come back in memory so the caller can store them in one
 * transaction (all or nothing).
 */
export async function validateFile(file: Blob, options: ValidateOptions): Promise<ValidatedFile> {
  const encoding = await detectEncoding(file);
  const accepted: AcceptedRow[] = [];
  const violations: RuleViolation[] = [];
  const firstRowOf = new Map<string, number>();
  let rejectedRows = 0;
  let dataRows = 0;
  let stream: CsvRecordStream | null = null;
  let delimiter = ',';
  let columnOf: ReturnType<typeof columnOfTargetFinder> | null = null;
  let headerSeen = false;

  const takeRecord = (cells: string[], row: number, malformed: string | undefined): void => {
    if (isBlankRecord(cells)) return;
    if (!headerSeen) {
      headerSeen = true;
      if (headerSignature(cells) !== options.signature)
        throw new ImportFileError('The file’s columns changed since they were mapped. Choose the file again.');
      columnOf = columnOfTargetFinder(
        options.mapping,
        cells.map((cell) => cell.trim()),
      );
      return;
    }
    dataRows += 1;
    const find = columnOf ?? (() => '');
    if (malformed !== undefined) {
      rejectedRows += 1;
      violations.push(
        violation({
          row,
          column: '(whole row)',
          rule: 'csv-malformed-row',
          message: `The row cannot be read as CSV: ${malformed}.`,
          action: 'Check the quotes in this row (a quote inside a cell is written as two quotes).',
        }),
      );
      return;
    }
    const draft = applyMapping(options.mapping, cells);
    const found = checkRespondent(draft, options.sampleFields, { row, columnOf: find });
    if (draft.username !== '') {
      const first = firstRowOf.get(draft.username);
      if (first === undefined) firstRowOf.set(draft.username, row);
      else found.push(duplicateInFile(row, find('username'), draft.username, first));
    }
    if (found.length > 0) {
      rejectedRows += 1;
      violations.push(...found);
    } else {
      accepted.push({ row, draft });
    }
  };

  for await (const { text, bytesRead } of decodeSlices(file, encoding)) {
    if (options.signal?.aborted) throw new ImportCancelled();
    if (!stream) {
      const reason = notCsvReason(text);
      if (reason) throw new ImportFileError(reason);
      const layout = detectLayout(text.slice(0, 256 * 1024));
      delimiter = layout.delimiter;
      stream = new CsvRecordStream(layout);
    }
    for (const record of stream.push(text, false)) takeRecord(record.cells, record.row, record.malformed);
    options.onProgress?.({
      bytesRead,
      totalBytes: file.size,
      rowsRead: dataRows,
      accepted: accepted.length,
      rejected: rejectedRows,
    });
  }
  if (!stream) throw new ImportFileError('The file is empty.');
  for (const record of stream.push('', true)) takeRecord(record.cells, record.row, record.malformed);
  if (!headerSeen) throw new ImportFileError('The file has no header row.');
  options.onProgress?.({
    bytesRead: file.size,
    totalBytes: file.size,
    rowsRead: dataRows,
    accepted: accepted.length,
    rejected: rejectedRows,
  });
  return { encoding, delimiter, accepted, rejectedRows, violations, dataRows };
}
