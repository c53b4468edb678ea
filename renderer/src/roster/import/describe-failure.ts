import { ReadCancelled } from './encoding';
import { ImportCancelled, ImportFileError } from './validate-stream';
import { importWords, sayImport } from './import-words';

const errorNames = (error: unknown): string[] => {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current instanceof Error; depth += 1) {
    names.push(current.name);
    // Dexie wraps the IndexedDB error as `inner`.
    current = (current as { inner?: unknown }).inner ?? current.cause;
  }
  return names;
};

/** Every failure of an import in words a field worker can act on; raw error names stay out of the window. */
export function describeFailure(error: unknown): string {
  if (error instanceof ImportCancelled || error instanceof ImportFileError || error instanceof ReadCancelled)
    return error.message;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return sayImport(importWords.diskFull);
  if (names.includes('NotReadableError') || names.includes('NotFoundError')) return sayImport(importWords.gone);
  return sayImport(importWords.unexpected);
}
