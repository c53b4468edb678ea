import { columnOfTargetFinder, type ColumnMapping } from '../../../../common/roster/column-mapping';
import { toCsvText } from '../../../../common/roster/csv-export';
import type { SampleFieldConfig } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import type { OutpostDatabase } from '../../db/database';
import { commitImport } from './commit-import';
import type { TextEncodingName } from './encoding';
import { validateFile, type StreamProgress } from './validate-stream';

export interface ImportRequest {
  accountId: string;
  listId: string;
  headers: string[];
  signature: string;
  mapping: ColumnMapping;
  sampleFields: SampleFieldConfig[];
}

export interface ImportOutcome {
  encoding: TextEncodingName;
  delimiter: string;
  dataRows: number;
  stored: number;
  newRespondents: number;
  rejectedRows: number;
  /** Every error and warning, by row. */
  violations: RuleViolation[];
}

/** Validate the whole file (streaming), then store what passed in one transaction. */
export async function runImport(
  db: OutpostDatabase,
  file: Blob,
  request: ImportRequest,
  options: { signal?: AbortSignal; onProgress?: (progress: StreamProgress) => void } = {},
): Promise<ImportOutcome> {
  const validated = await validateFile(file, {
    mapping: request.mapping,
    signature: request.signature,
    sampleFields: request.sampleFields,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const usernameColumn = columnOfTargetFinder(request.mapping, request.headers)('username');
  const committed = await commitImport(db, {
    accountId: request.accountId,
    listId: request.listId,
    usernameColumn,
    accepted: validated.accepted,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const violations = [...validated.violations, ...committed.refused, ...committed.warnings].sort(
    (a, b) => a.row - b.row,
  );
  return {
    encoding: validated.encoding,
    delimiter: validated.delimiter,
    dataRows: validated.dataRows,
    stored: committed.stored,
    newRespondents: committed.newRespondents,
    rejectedRows: validated.rejectedRows + committed.refused.length,
    violations,
  };
}

/** The downloadable report of every problem: one line per broken rule. */
export function violationReportCsv(violations: readonly RuleViolation[]): string {
  return toCsvText([
    ['row', 'column', 'rule', 'severity', 'problem', 'what to do'],
    ...violations.map((v) => [String(v.row), v.column, v.rule, v.severity, v.message, v.action]),
  ]);
}
