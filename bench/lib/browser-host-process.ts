import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { onExit } from 'signal-exit';
import { z } from 'zod';
import { benchFolder } from './temp-folder';

const projectRoot = resolve(import.meta.dirname, '../..');
const startedLineSchema = z.object({ url: z.string().url() });

export interface BrowserHostProcess {
  url: string;
  stop: () => void;
}

/**
 * Starts the browser host (built renderer + bridge) on a free port, as `npm run browser` does;
 * `rendererDir` serves another build of the renderer than out/renderer. Its data folder is the
 * run's (benchFolder); the host is stopped when the benchmark ends, however it ends.
 */
export async function startBrowserHostProcess(rendererDir?: string): Promise<BrowserHostProcess> {
  const dataDir = benchFolder('host');
  const child: ChildProcess = spawn(
    join(projectRoot, 'node_modules/.bin/tsx'),
    [
      'host/browser/cli.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      ...(rendererDir ? ['--renderer-dir', rendererDir] : []),
    ],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  onExit(() => {
    child.kill('SIGTERM');
  });
  const stdout = child.stdout;
  if (!stdout) throw new Error('the browser host has no stdout');
  const lines = createInterface({ input: stdout });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.once('exit', (code) => reject(new Error(`the browser host exited early (code ${String(code)})`)));
    lines.once('line', (line) => resolveUrl(startedLineSchema.parse(JSON.parse(line)).url));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}
