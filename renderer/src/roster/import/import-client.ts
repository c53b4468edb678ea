import type { z } from 'zod';
import type { TextEncodingName } from './encoding';
import { shareDataKey } from '../../db/vault/vault';
import { fail, ok, type Result } from '../../../../common/result';
import type { InspectionResult } from './inspect-file';
import { FILE_REFUSED, IMPORT_CANCELLED, IMPORT_FAILED, READING_CANCELLED } from './import-codes';
import type { StreamProgress } from './validate-stream';
import {
  fromWorkerSchema,
  type FromWorker,
  type ImportSummary,
  type importRequestSchema,
  type ReadingProgress,
  type ToWorker,
} from './worker-messages';
import { shareInterfaceLanguage } from '../../i18n/worker-language';
import { importWords, sayImport } from './import-words';

type ImportRequest = z.infer<typeof importRequestSchema>;

function startWorker(): Worker {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  shareDataKey(worker);
  shareInterfaceLanguage(worker);
  return worker;
}

function listen(worker: Worker, onMessage: (message: FromWorker) => void): void {
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = fromWorkerSchema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  });
}

const post = (worker: Worker, message: ToWorker): void => worker.postMessage(message);

export interface RunningInspection {
  finished: Promise<InspectionResult>;
  /** Reading writes nothing: the worker is simply stopped. */
  cancel: () => void;
}

/** Reads the file in a worker: encoding (the whole file is scanned), delimiter, headers, preview rows. */
export function inspectInWorker(
  file: File,
  onProgress: (progress: ReadingProgress) => void = () => undefined,
  encoding?: TextEncodingName,
): RunningInspection {
  const worker = startWorker();
  let settle: (end: InspectionResult) => void = () => undefined;
  const finished = new Promise<InspectionResult>((resolve) => {
    settle = (end) => {
      resolve(end);
      worker.terminate();
    };
    listen(worker, (message) => {
      if (message.type === 'reading') onProgress(message.progress);
      else if (message.type === 'inspected') settle(message.result);
      else if (message.type === 'failed') settle(fail(FILE_REFUSED, message.message));
    });
    worker.addEventListener('error', () => settle(fail(FILE_REFUSED, sayImport(importWords.unreadable))));
  });
  post(worker, { type: 'inspect', file, ...(encoding ? { encoding } : {}) });
  return {
    finished,
    cancel: () => settle(fail(READING_CANCELLED, sayImport(importWords.readCancelled))),
  };
}

/** The import's summary, or why it stopped (IMPORT_FAILED or IMPORT_CANCELLED, the message in the interface's language). */
export type ImportEnd = Result<ImportSummary>;

export interface RunningImport {
  finished: Promise<ImportEnd>;
  /** Asks the worker to stop; it undoes what it stored, and nothing shows unless it had already finished. */
  cancel: () => void;
}

export function importInWorker(
  file: File,
  request: ImportRequest,
  onProgress: (progress: StreamProgress) => void,
): RunningImport {
  const worker = startWorker();
  const finished = new Promise<ImportEnd>((resolve) => {
    listen(worker, (message) => {
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      if (message.type === 'done') resolve(ok(message.summary));
      else if (message.type === 'failed')
        resolve(fail(message.cancelled ? IMPORT_CANCELLED : IMPORT_FAILED, message.message));
      else return;
      worker.terminate();
    });
    worker.addEventListener('error', () => {
      resolve(fail(IMPORT_FAILED, sayImport(importWords.stoppedUnexpectedly)));
      worker.terminate();
    });
  });
  post(worker, { type: 'import', file, request });
  return { finished, cancel: () => post(worker, { type: 'cancel' }) };
}
