import { currentIntl } from '../../i18n/current-intl';
import { defineMessages } from '../../i18n/define-messages';
import { formatDuration } from '../../i18n/format';
import type { StreamProgress } from './validate-stream';
import type { ReadingProgress } from './worker-messages';

/** What the progress bar and the line under it say, for each phase of an import, in the interface's language. */
export interface ProgressWords {
  phase: string;
  value: number;
  max: number;
  text: string;
}

const words = defineMessages({
  reading: { id: 'roster.progress.reading', defaultMessage: 'Reading' },
  checking: { id: 'roster.progress.checking', defaultMessage: 'Checking' },
  storing: { id: 'roster.progress.storing', defaultMessage: 'Storing' },
  cancelling: { id: 'roster.progress.cancelling', defaultMessage: 'Cancelling' },
  starting: { id: 'roster.progress.starting', defaultMessage: 'Starting…' },
  left: { id: 'roster.progress.left', defaultMessage: 'about {duration} left' },
  rowsPerSecond: {
    id: 'roster.progress.rowsPerSecond',
    defaultMessage: '{rows, plural, one {# row/s} other {# rows/s}}',
  },
  megabytesRead: {
    id: 'roster.progress.megabytesRead',
    defaultMessage: '{read, number, ::.0} of {total, number, ::.0} MB read',
  },
  megabytesPerSecond: { id: 'roster.progress.megabytesPerSecond', defaultMessage: '{speed, number, ::.0} MB/s' },
  checked: {
    id: 'roster.progress.checked',
    defaultMessage: '{rows, plural, one {# row} other {# rows}} checked, {rejected, number} with problems',
  },
  stored: {
    id: 'roster.progress.stored',
    defaultMessage:
      '{done, number} of {total, plural, one {# row} other {# rows}} stored (they appear when all are stored)',
  },
  undoing: {
    id: 'roster.progress.undoing',
    defaultMessage:
      'The import stopped; removing what it had stored ({done, number} of {total, plural, one {# part} other {# parts}}). Nothing of it is shown.',
  },
  separator: { id: 'roster.progress.separator', defaultMessage: '{first} · {second}' },
});

export function timeLeft(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || elapsedMs < 500 || done >= total) return '';
  const ms = ((total - done) * elapsedMs) / done;
  const rounded = ms < 60_000 ? Math.max(1_000, ms) : Math.round(ms / 60_000) * 60_000;
  return currentIntl().formatMessage(words.left, { duration: formatDuration(currentIntl(), rounded) });
}

const perSecond = (n: number, elapsedMs: number): string =>
  elapsedMs < 500 ? '' : currentIntl().formatMessage(words.rowsPerSecond, { rows: Math.round((n * 1000) / elapsedMs) });

const joined = (...parts: string[]): string =>
  parts
    .filter((part) => part !== '')
    .reduce(
      (first, second) => (first === '' ? second : currentIntl().formatMessage(words.separator, { first, second })),
      '',
    );

export function readingWords(progress: ReadingProgress | null): ProgressWords {
  const intl = currentIntl();
  const phase = intl.formatMessage(words.reading);
  if (!progress) return { phase, value: 0, max: 1, text: intl.formatMessage(words.starting) };
  const { bytesRead, totalBytes, elapsedMs } = progress;
  return {
    phase,
    value: bytesRead,
    max: totalBytes,
    text: joined(
      intl.formatMessage(words.megabytesRead, { read: bytesRead / 1e6, total: totalBytes / 1e6 }),
      elapsedMs < 500 ? '' : intl.formatMessage(words.megabytesPerSecond, { speed: bytesRead / 1000 / elapsedMs }),
      timeLeft(bytesRead, totalBytes, elapsedMs),
    ),
  };
}

export function importWords(progress: StreamProgress | null): ProgressWords {
  const intl = currentIntl();
  if (!progress)
    return { phase: intl.formatMessage(words.checking), value: 0, max: 1, text: intl.formatMessage(words.starting) };
  const { phase, done, total, elapsedMs } = progress;
  switch (phase) {
    case 'checking':
      return {
        phase: intl.formatMessage(words.checking),
        value: done,
        max: total,
        text: joined(
          intl.formatMessage(words.checked, { rows: progress.rowsRead, rejected: progress.rejected }),
          perSecond(progress.rowsRead, elapsedMs),
          timeLeft(done, total, elapsedMs),
        ),
      };
    case 'storing':
      return {
        phase: intl.formatMessage(words.storing),
        value: done,
        max: total,
        text: joined(
          intl.formatMessage(words.stored, { done, total }),
          perSecond(done, elapsedMs),
          timeLeft(done, total, elapsedMs),
        ),
      };
    case 'undoing':
      return {
        phase: intl.formatMessage(words.cancelling),
        value: done,
        max: Math.max(total, 1),
        text: intl.formatMessage(words.undoing, { done, total }),
      };
  }
}
