import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onExit } from 'signal-exit';

/**
 * A temporary folder for one benchmark run (/tmp/outpost-bench-NAME-…), removed when the process
 * ends however it ends: done, failed (an uncaught error still exits through 'exit'), or stopped
 * by Ctrl-C or a kill signal. signal-exit runs the removal on each of those; while Playwright has
 * browsers open, its own Ctrl-C handler closes them first and then exits, so a profile folder is
 * removed after its browser let go of it.
 */
export function benchFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `outpost-bench-${name}-`));
  // Last: after the handlers that stop what writes into it (the browser host, see browser-host-process).
  onExit(() => removeFolder(folder), { alwaysLast: true });
  return folder;
}

/**
 * Removes a folder of a run, also while the run goes on (a 1.5 million-row profile is gigabytes). Chromium may
 * still be finishing writes into a profile it closed (IndexedDB's compaction): removal retries instead of failing
 * the run (ENOTEMPTY once cost a 1.5 million-row run its figures), and a folder that will not go is reported.
 */
export function removeFolder(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
  } catch (error) {
    console.error(`could not remove ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
