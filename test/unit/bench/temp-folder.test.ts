import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Runs the miniature benchmark (support/hold-bench-folder.ts) through tsx, as `npm run bench:*` runs
 * the real ones, and returns the folder it said it took while it was still running.
 */
async function run(ending: 'done' | 'fail' | 'wait', signal?: NodeJS.Signals) {
  const child = spawn(
    join(root, 'node_modules/.bin/tsx'),
    [join(import.meta.dirname, 'support/hold-bench-folder.ts'), ending],
    { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, stoppedBy) => resolveExit({ code, signal: stoppedBy })),
  );
  let folder = '';
  for await (const line of createInterface({ input: child.stdout })) {
    folder = line;
    break;
  }
  const existedWhileRunning = existsSync(join(folder, 'rows.csv'));
  if (signal) child.kill(signal);
  return { folder, existedWhileRunning, ...(await exited) };
}

describe('a benchmark’s temporary folder (bench/lib/temp-folder)', () => {
  it('is removed when the benchmark is done', async () => {
    const ended = await run('done');
    expect(ended.folder.startsWith(join(tmpdir(), 'outpost-bench-folder-test-'))).toBe(true);
    expect(ended.code).toBe(0);
    expect(existsSync(ended.folder)).toBe(false);
  });

  it('is removed when the benchmark fails', async () => {
    const ended = await run('fail');
    expect(ended.code).not.toBe(0);
    expect(existsSync(ended.folder)).toBe(false);
  });

  for (const [signal, how] of [
    ['SIGINT', 'Ctrl-C'],
    ['SIGTERM', 'a kill'],
  ] as const) {
    it(`is removed when the benchmark is stopped by ${how} (${signal})`, async () => {
      const ended = await run('wait', signal);
      expect(ended.existedWhileRunning).toBe(true);
      // Stopped by the signal, not by the fixture's own time limit (exit code 3).
      expect(ended.code).not.toBe(3);
      expect(existsSync(ended.folder)).toBe(false);
    });
  }
});
