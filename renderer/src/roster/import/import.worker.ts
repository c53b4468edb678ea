/// <reference lib="webworker" />
import { database } from '../../db/database';
import { ReadCancelled } from './encoding';
import { describeFailure as describe } from './describe-failure';
import { receiveDataKey } from '../../db/vault/vault';
import { inspectFile } from './inspect-file';
import { runImport } from './run-import';
import { ImportCancelled } from './validate-stream';
import { toWorkerSchema, type FromWorker } from './worker-messages';
import { receiveInterfaceLanguage } from '../../i18n/worker-language';

/**
 * Reading, checking and storing run here, off the main thread, so a file of
 * any size never freezes the window. The worker writes to IndexedDB itself
 * (Dexie works in workers); the page hears about it through Dexie's change events.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Progress messages at most this often: the page needs a moving bar, not a flood. */
const PROGRESS_INTERVAL_MS = 100;
let cancel: AbortController | null = null;

const send = (message: FromWorker): void => scope.postMessage(message);
// The page's first message is the data key: the rows this worker stores are sealed with it.
receiveDataKey(scope);
// ...and the interface's language: refusals, problems and the report are said in it.
receiveInterfaceLanguage(scope);

function throttled<T extends { done: number; total: number }>(emit: (progress: T) => void): (progress: T) => void {
  let last = 0;
  let phase: unknown = null;
  return (progress) => {
    const now = performance.now();
    const samePhase = 'phase' in progress ? progress.phase === phase : true;
    if (samePhase && now - last < PROGRESS_INTERVAL_MS && progress.done < progress.total) return;
    last = now;
    phase = 'phase' in progress ? progress.phase : null;
    emit(progress);
  };
}

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = toWorkerSchema.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === 'cancel') {
    cancel?.abort();
    return;
  }
  cancel = new AbortController();
  if (message.type === 'inspect') {
    const started = performance.now();
    const reading = throttled<{ done: number; total: number }>(({ done, total }) =>
      send({
        type: 'reading',
        progress: { bytesRead: done, totalBytes: total, elapsedMs: performance.now() - started },
      }),
    );
    void inspectFile(message.file, {
      ...(message.encoding ? { encoding: message.encoding } : {}),
      signal: cancel.signal,
      onProgress: (done, total) => reading({ done, total }),
    }).then(
      (result) => send({ type: 'inspected', result }),
      (error: unknown) => send({ type: 'failed', message: describe(error), cancelled: error instanceof ReadCancelled }),
    );
    return;
  }
  void runImport(database, message.file, message.request, {
    signal: cancel.signal,
    onProgress: throttled((progress) => send({ type: 'progress', progress })),
  }).then(
    (outcome) =>
      send({
        type: 'done',
        summary: {
          encoding: outcome.encoding,
          delimiter: outcome.delimiter,
          dataRows: outcome.dataRows,
          stored: outcome.stored,
          newRespondents: outcome.newRespondents,
          rejectedRows: outcome.rejectedRows,
          errorCount: outcome.errorCount,
          warningCount: outcome.warningCount,
          shown: outcome.violations,
          report: outcome.report,
        },
      }),
    (error: unknown) => send({ type: 'failed', message: describe(error), cancelled: error instanceof ImportCancelled }),
  );
});
