import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sendExpectingAnswer } from './support/https-client';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs sandbox/cli.ts with plain node + the tsx loader, so signals reach it directly. */
function runCli(args: string[], onFirstLine?: (line: string, stop: () => void) => Promise<void>): Promise<Finished> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let handled = false;
  const work: Array<Promise<void>> = [];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const newline = stdout.indexOf('\n');
    if (!handled && newline >= 0 && onFirstLine) {
      handled = true;
      work.push(
        onFirstLine(stdout.slice(0, newline), () => child.kill('SIGTERM')).catch((error: unknown) => {
          child.kill('SIGKILL');
          throw error;
        }),
      );
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      Promise.all(work).then(() => resolve({ code, signal, stdout, stderr }), reject);
    });
  });
}

describe('npm run sandbox (sandbox/cli.ts)', () => {
  it('prints exactly one JSON line when ready, serves HTTPS, and exits cleanly on SIGTERM', async () => {
    let info: Record<string, unknown> = {};
    const finished = await runCli(
      [
        '--port',
        '0',
        '--seed',
        '9',
        '--latency-ms',
        '0',
        '--jitter-ms',
        '0',
        '--fail-rate',
        '0',
        '--reset-rate',
        '0',
        '--hang-rate',
        '0',
        '--drop-after-store-rate',
        '0',
        '--rate-limit',
        '50/10',
      ],
      async (line, stop) => {
        info = JSON.parse(line) as Record<string, unknown>;
        const questionpro = info.questionpro as { baseUrl: string; apiKey: string };
        const answer = await sendExpectingAnswer(`${questionpro.baseUrl}/surveys/7654321`, {
          headers: { 'api-key': questionpro.apiKey },
          ca: readFileSync(String(info.caCertPath), 'utf8'),
        });
        expect(answer.status).toBe(200);
        stop();
      },
    );
    expect(finished).toMatchObject({ code: 0, signal: null });
    expect(finished.stdout.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(Object.keys(info)).toEqual(['questionpro', 'qmob', 'caCertPath', 'adminUrl', 'adminToken']);
    expect(Object.keys(info.questionpro as object)).toEqual(['baseUrl', 'apiKey', 'userId']);
    expect(Object.keys(info.qmob as object)).toEqual(['baseUrl', 'userName', 'password', 'listIds']);
    expect(String((info.qmob as { baseUrl: string }).baseUrl)).toMatch(
      /^https:\/\/127\.0\.0\.1:\d+\/reactor-webapp\/pt\/[^/]+\/pn\/lumicompass\/api$/,
    );
    expect(String(info.adminUrl)).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/_sandbox$/);
  });

  it('refuses an unknown or malformed flag with exit code 2 and nothing on stdout', async () => {
    for (const args of [['--no-such-flag'], ['--rate-limit', '300'], ['--fail-rate', 'lots']]) {
      const finished = await runCli(args);
      expect(finished.code).toBe(2);
      expect(finished.stdout).toBe('');
      expect(finished.stderr).toMatch(/^sandbox: /);
    }
  });
});
