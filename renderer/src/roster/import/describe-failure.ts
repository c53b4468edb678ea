import { ReadCancelled } from './encoding';
import { ImportCancelled, ImportFileError } from './validate-stream';

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
  if (names.includes('QuotaExceededError'))
    return 'The computer ran out of space for Outpost’s data while storing, so nothing was stored. Free space on the disk (empty the recycle bin, remove large files you no longer need) or import a smaller file.';
  if (names.includes('NotReadableError') || names.includes('NotFoundError'))
    return 'The file could not be read any more (it was moved, changed or is on a drive that was removed). Nothing was stored; choose the file again.';
  return 'The import stopped because of an unexpected problem, and nothing was stored. Try again; if it happens again, restart Outpost.';
}
