import { currentIntl } from '../../i18n/current-intl';
import { formatBytes } from '../../i18n/format';
import { importWords, sayImport } from './import-words';
import { ImportFileError } from './validate-stream';

export type StorageEstimator = () => Promise<{ quota?: number; usage?: number }>;

/**
 * Bytes IndexedDB needs for `rows` respondents whose cells hold `chars`
 * characters: each row is a respondent and a membership, each with its key in
 * the record and in its indexes (about 600 bytes of keys and structure per
 * row), plus the values themselves; half as much again because LevelDB writes
 * its log before it compacts and the undo journal holds the keys until the
 * import finishes. `npm run bench:import` prints what Chromium reports stored
 * (usageBytesPerRow: 521 for 200,000 rows of about 50 characters, where this says 1,050).
 */
export const bytesNeeded = (rows: number, chars: number): number => 1.5 * (rows * 600 + chars * 2);

export function defaultEstimator(): StorageEstimator | undefined {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: StorageEstimator } } }).navigator?.storage;
  return storage?.estimate ? () => storage.estimate?.() ?? Promise.resolve({}) : undefined;
}

/** Two significant digits, rounded down: 643,817 → 640,000. */
function roundDown(n: number): number {
  if (n < 100) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.floor(n / step) * step;
}

/**
 * Refuses, before anything is stored, a file the browser's storage cannot hold,
 * with what the field worker can do about it. Where the platform cannot say
 * (no estimate), the import goes ahead and a full disk is still caught and undone.
 */
export async function checkStorage(
  rows: number,
  chars: number,
  estimate: StorageEstimator | undefined = defaultEstimator(),
): Promise<void> {
  if (!estimate) return;
  const { quota, usage } = await estimate();
  if (quota === undefined) return;
  const available = Math.max(0, quota - (usage ?? 0));
  const needed = bytesNeeded(rows, chars);
  if (needed <= available) return;
  const fitting = roundDown(Math.floor((rows * available) / needed));
  throw new ImportFileError(
    sayImport(importWords.storage, {
      needed: formatBytes(currentIntl(), needed),
      available: formatBytes(currentIntl(), available),
      fitting,
    }),
  );
}
