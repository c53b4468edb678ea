import { headerSignature } from '../../../../common/roster/column-mapping';
import { fail, ok, type Result } from '../../../../common/result';
import { CsvRecordStream, detectLayout, isBlankRecord, type CsvLayout } from './csv-stream';
import { decodeSlices, detectEncoding, type ReadOptions, type TextEncodingName } from './encoding';
import { binaryFormatReason, headOf, notCsvReason } from './not-csv';
import { importWords, sayImport } from './import-words';
import { FILE_REFUSED } from './import-codes';

/** What the mapping step shows before anything is imported. */
export interface FileInspection {
  encoding: TextEncodingName;
  /** True when the user chose the encoding instead of the detection. */
  chosen: boolean;
  /** Bytes not valid in the encoding (UTF-8 only): their rows are reported, not stored. */
  invalidBytes: number;
  layout: CsvLayout;
  headers: string[];
  signature: string;
  /** The first data rows, for the preview. */
  sampleRows: string[][];
}

/** Refused with FILE_REFUSED, the message saying why. */
export type InspectionResult = Result<FileInspection>;
const refused = (reason: string): InspectionResult => fail(FILE_REFUSED, reason);

const PREVIEW_ROWS = 5;
/** Enough text for delimiter detection and a preview, whatever the file's size. */
const SAMPLE_CHARS = 256 * 1024;

/** Reads the start of the file: encoding (the whole file is scanned for it unless chosen), delimiter, headers, rows. */
export async function inspectFile(
  file: Blob,
  options: ReadOptions & { encoding?: TextEncodingName } = {},
): Promise<InspectionResult> {
  if (file.size === 0) return refused(sayImport(importWords.empty));
  const binary = binaryFormatReason(await headOf(file));
  if (binary) return refused(binary);
  const detected = options.encoding
    ? { encoding: options.encoding, invalidBytes: 0 }
    : await detectEncoding(file, options);
  const { encoding } = detected;
  let sample = '';
  for await (const { text } of decodeSlices(file, encoding, 64 * 1024)) {
    sample += text;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  const reason = notCsvReason(sample);
  if (reason) return refused(reason);
  const layout = detectLayout(sample);
  const whole = sample.length < SAMPLE_CHARS;
  const records = new CsvRecordStream(layout).push(sample, whole).filter((record) => !isBlankRecord(record.cells));
  const [header, ...rows] = records;
  if (!header) return refused(sayImport(importWords.noHeader));
  if (header.cells.length < 2 && rows.every((row) => row.cells.length < 2)) {
    return refused(sayImport(importWords.oneColumn));
  }
  if (rows.length === 0 && whole) return refused(sayImport(importWords.noRespondents));
  return ok({
    encoding,
    chosen: options.encoding !== undefined,
    invalidBytes: detected.invalidBytes,
    layout,
    headers: header.cells.map((cell) => cell.trim()),
    signature: headerSignature(header.cells),
    sampleRows: rows.slice(0, PREVIEW_ROWS).map((row) => row.cells),
  });
}
