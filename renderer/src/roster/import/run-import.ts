import { applyMapping, columnOfTargetFinder, type ColumnMapping } from '../../../../common/roster/column-mapping';
import { remainingCapacity } from '../../../../common/roster/list-rules';
import type { SampleFieldConfig } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import type { OutpostDatabase } from '../../db/database';
import type { TextEncodingName } from './encoding';
import { finishRun, holdingRunLock, undoRun } from './import-runs';
import { checkStorage, type StorageEstimator } from './storage-check';
import { prepareChunk, STORE_CHUNK_ROWS, storeChunk, type ChunkContext, type ChunkResult } from './store-chunk';
import {
  checkFile,
  dataRecords,
  ImportCancelled,
  ImportFileError,
  type AcceptedRow,
  type CheckedFile,
  type StreamProgress,
} from './validate-stream';
import { currentIntl } from '../../i18n/current-intl';
import { importWords, sayImport } from './import-words';

export interface ImportRequest {
  accountId: string;
  listId: string;
  headers: string[];
  signature: string;
  /** As inspected (detected or chosen by the user). */
  encoding: TextEncodingName;
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
  errorCount: number;
  warningCount: number;
  /** The first problems by row (the report has them all). */
  violations: RuleViolation[];
  /** Every error and warning, as CSV. */
  report: Blob;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: StreamProgress) => void;
  /** navigator.storage.estimate where the platform has it. */
  estimateStorage?: StorageEstimator;
  now?: number;
  /** Rows per stored chunk (tests use small chunks to have many). */
  chunkRows?: number;
}

/**
 * Check the whole file (streaming, nothing written), refuse it if it cannot fit,
 * then read it again and store what passed in chunks under an import run: the
 * rows appear in the list in one step at the end, and a cancel or a failure on
 * the way undoes every chunk, so the user sees all of the import or none of it.
 */
export async function runImport(
  db: OutpostDatabase,
  file: Blob,
  request: ImportRequest,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const checked = await checkFile(file, {
    mapping: request.mapping,
    signature: request.signature,
    sampleFields: request.sampleFields,
    encoding: request.encoding,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (checked.dataRows === 0) throw new ImportFileError(sayImport(importWords.noRespondents));
  if (checked.acceptedRows > 0)
    await checkStorage(checked.acceptedRows, checked.acceptedChars, options.estimateStorage);
  const stored =
    checked.acceptedRows > 0
      ? await storePass(db, file, request, checked, options)
      : { stored: 0, newRespondents: 0, refused: 0 };
  // One report: the checking pass's problems, then what storing found (a full preview list, other lists).
  const { problems } = checked;
  return {
    encoding: checked.encoding,
    delimiter: checked.layout.delimiter,
    dataRows: checked.dataRows,
    stored: stored.stored,
    newRespondents: stored.newRespondents,
    rejectedRows: checked.rejected.size + stored.refused,
    errorCount: problems.errors,
    warningCount: problems.warnings,
    violations: [...problems.shown].sort((a, b) => a.row - b.row),
    report: problems.toBlob(),
  };
}

interface StoredTotals {
  stored: number;
  newRespondents: number;
  refused: number;
}

async function storePass(
  db: OutpostDatabase,
  file: Blob,
  request: ImportRequest,
  checked: CheckedFile,
  options: ImportOptions,
): Promise<StoredTotals> {
  const now = options.now ?? Date.now();
  const list = await db.rosterLists.get(request.listId);
  if (!list || list.accountId !== request.accountId) throw new ImportFileError(sayImport(importWords.listGone));
  const runId = crypto.randomUUID();
  const context: ChunkContext = {
    runId,
    list,
    usernameColumn: columnOfTargetFinder(currentIntl(), request.mapping, request.headers)('username'),
    listNames: new Map(
      (await db.rosterLists.where('accountId').equals(list.accountId).toArray()).map((l) => [l.id, l.name] as const),
    ),
    now,
  };
  await db.importRuns.add({ id: runId, listId: list.id, accountId: list.accountId, state: 'storing', startedAt: now });
  return holdingRunLock(runId, async () => {
    try {
      const totals = await storeChunks(db, file, request, checked, context, options);
      await finishRun(db, runId);
      return totals;
    } catch (error) {
      await undoRun(db, runId, (done, total) =>
        options.onProgress?.({
          phase: 'undoing',
          done,
          total,
          elapsedMs: 0,
          rowsRead: checked.dataRows,
          accepted: checked.acceptedRows,
          rejected: checked.rejected.size,
          stored: 0,
        }),
      );
      throw error;
    }
  });
}

async function storeChunks(
  db: OutpostDatabase,
  file: Blob,
  request: ImportRequest,
  checked: CheckedFile,
  context: ChunkContext,
  options: ImportOptions,
): Promise<StoredTotals> {
  const started = performance.now();
  const totals: StoredTotals = { stored: 0, newRespondents: 0, refused: 0 };
  let capacity = remainingCapacity(context.list, await db.memberships.where('listId').equals(context.list.id).count());
  let seq = 0;
  // One chunk is written while the next is sealed (natively, see prepareChunk) and the one after is parsed:
  // IndexedDB commits off this thread.
  let inFlight: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;
  let handled = 0;
  const settle = async (): Promise<void> => {
    if (inFlight) await inFlight;
    inFlight = null;
    // A cancel aborts the chunk in flight: that abort is the cancel, not a failure.
    if (options.signal?.aborted) throw new ImportCancelled();
    if (failure) throw failure.error;
  };
  const write = async (rows: AcceptedRow[]): Promise<void> => {
    const prepared = prepareChunk(db, context, rows);
    // Settled here if the chunk before fails first, so it is never an unhandled rejection.
    prepared.catch(() => undefined);
    await settle();
    seq += 1;
    const chunkSeq = seq;
    inFlight = prepared
      .then((chunk) => storeChunk(db, context, chunk, chunkSeq, capacity, options.signal))
      .then(
        (result: ChunkResult) => {
          capacity -= result.newMembers;
          totals.stored += result.stored;
          totals.newRespondents += result.newRespondents;
          totals.refused += result.refused.length;
          checked.problems.add([...result.refused, ...result.warnings].sort((a, b) => a.row - b.row));
          handled += rows.length;
          options.onProgress?.({
            phase: 'storing',
            done: handled,
            total: checked.acceptedRows,
            elapsedMs: performance.now() - started,
            rowsRead: checked.dataRows,
            accepted: checked.acceptedRows,
            rejected: checked.rejected.size + totals.refused,
            stored: totals.stored,
          });
        },
        (error: unknown) => {
          failure = { error };
        },
      );
  };

  options.onProgress?.({
    phase: 'storing',
    done: 0,
    total: checked.acceptedRows,
    elapsedMs: 0,
    rowsRead: checked.dataRows,
    accepted: checked.acceptedRows,
    rejected: checked.rejected.size,
    stored: 0,
  });
  let chunk: AcceptedRow[] = [];
  try {
    for await (const slice of dataRecords(file, checked.encoding, request.signature, options.signal)) {
      for (const record of slice.records) {
        if (checked.rejected.has(record.row)) continue;
        chunk.push({ row: record.row, draft: applyMapping(request.mapping, record.cells) });
        if (chunk.length >= (options.chunkRows ?? STORE_CHUNK_ROWS)) {
          await write(chunk);
          chunk = [];
        }
      }
    }
    if (chunk.length > 0) await write(chunk);
    await settle();
  } finally {
    // A chunk still being written must be in the journal before anything is undone.
    await inFlight;
  }
  if (handled !== checked.acceptedRows) throw new ImportFileError(sayImport(importWords.changedWhileImported));
  return totals;
}
