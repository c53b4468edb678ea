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
  onExit(() => rmSync(folder, { recursive: true, force: true }), { alwaysLast: true });
  return folder;
}
