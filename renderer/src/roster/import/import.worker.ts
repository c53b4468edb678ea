/// <reference lib="webworker" />
import { database } from '../../db/database';
import { inspectFile } from './inspect-file';
import { runImport, violationReportCsv } from './run-import';
import { ImportCancelled, ImportFileError } from './validate-stream';
import { toWorkerSchema, type FromWorker } from './worker-messages';

/**
 * Parsing, checking and storing run here, off the main thread, so a 100,000-row
 * file never freezes the window. The worker writes to IndexedDB itself (Dexie
 * works in workers); the page hears about it through Dexie's change events.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const SHOWN_PROBLEMS = 500;
/** Progress messages at most this often: the page needs a moving bar, not a flood. */
const PROGRESS_INTERVAL_MS = 100;
let cancel: AbortController | null = null;

const send = (message: FromWorker): void => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = toWorkerSchema.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === 'cancel') {
    cancel?.abort();
    return;
  }
  if (message.type === 'inspect') {
    void inspectFile(message.file).then(
      (result) => send({ type: 'inspected', result }),
      (error: unknown) => send({ type: 'failed', message: describe(error), cancelled: false }),
    );
    return;
  }
  cancel = new AbortController();
  let lastProgress = 0;
  void runImport(database, message.file, message.request, {
    signal: cancel.signal,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && progress.bytesRead < progress.totalBytes) return;
      lastProgress = now;
      send({ type: 'progress', progress });
    },
  }).then(
    (outcome) => {
      const errors = outcome.violations.filter((v) => v.severity === 'error').length;
      send({
        type: 'done',
        summary: {
          encoding: outcome.encoding,
          delimiter: outcome.delimiter,
          dataRows: outcome.dataRows,
          stored: outcome.stored,
          newRespondents: outcome.newRespondents,
          rejectedRows: outcome.rejectedRows,
          errorCount: errors,
          warningCount: outcome.violations.length - errors,
          shown: outcome.violations.slice(0, SHOWN_PROBLEMS),
          report: new Blob([violationReportCsv(outcome.violations)], { type: 'text/csv;charset=utf-8' }),
        },
      });
    },
    (error: unknown) => send({ type: 'failed', message: describe(error), cancelled: error instanceof ImportCancelled }),
  );
});

function describe(error: unknown): string {
  if (error instanceof ImportCancelled || error instanceof ImportFileError) return error.message;
  return `The import failed and nothing was stored: ${error instanceof Error ? error.message : String(error)}`;
}
