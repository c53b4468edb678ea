import type { StreamProgress } from './validate-stream';
import type { ReadingProgress } from './worker-messages';

/** What the progress bar and the line under it say, for each phase of an import. */
export interface ProgressWords {
  phase: string;
  value: number;
  max: number;
  text: string;
}

const count = (n: number): string => Math.round(n).toLocaleString('en');

export function timeLeft(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || elapsedMs < 500 || done >= total) return '';
  const seconds = ((total - done) * elapsedMs) / done / 1000;
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

const perSecond = (n: number, elapsedMs: number): string =>
  elapsedMs < 500 ? '' : `${count((n * 1000) / elapsedMs)} rows/s`;

const joined = (...parts: string[]): string => parts.filter((part) => part !== '').join(' · ');

export function readingWords(progress: ReadingProgress | null): ProgressWords {
  if (!progress) return { phase: 'Reading', value: 0, max: 1, text: 'Starting…' };
  const { bytesRead, totalBytes, elapsedMs } = progress;
  const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
  return {
    phase: 'Reading',
    value: bytesRead,
    max: totalBytes,
    text: joined(
      `${mb(bytesRead)} of ${mb(totalBytes)} MB read`,
      elapsedMs < 500 ? '' : `${mb((bytesRead * 1000) / elapsedMs)} MB/s`,
      timeLeft(bytesRead, totalBytes, elapsedMs),
    ),
  };
}

export function importWords(progress: StreamProgress | null): ProgressWords {
  if (!progress) return { phase: 'Checking', value: 0, max: 1, text: 'Starting…' };
  const { phase, done, total, elapsedMs } = progress;
  switch (phase) {
    case 'checking':
      return {
        phase: 'Checking',
        value: done,
        max: total,
        text: joined(
          `${count(progress.rowsRead)} rows checked, ${count(progress.rejected)} with problems`,
          perSecond(progress.rowsRead, elapsedMs),
          timeLeft(done, total, elapsedMs),
        ),
      };
    case 'storing':
      return {
        phase: 'Storing',
        value: done,
        max: total,
        text: joined(
          `${count(done)} of ${count(total)} rows stored (they appear when all are stored)`,
          perSecond(done, elapsedMs),
          timeLeft(done, total, elapsedMs),
        ),
      };
    case 'undoing':
      return {
        phase: 'Cancelling',
        value: done,
        max: Math.max(total, 1),
        text: `The import stopped; removing what it had stored (${count(done)} of ${count(total)} parts). Nothing of it is shown.`,
      };
  }
}
