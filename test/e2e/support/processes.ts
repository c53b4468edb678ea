import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SandboxInfo } from '../../../sandbox/index';
import type { StoredResponse } from './sandbox-responses';

/** Starts a command and resolves with its first stdout line parsed as JSON (our CLIs print one when ready). */
/** Runs a TypeScript entry point in one Node process (no npx wrapper), so killing it kills the server itself. */
export function startTypeScriptProcess<T>(
  entry: string,
  args: readonly string[],
): Promise<{ child: ChildProcess; ready: T }> {
  return startJsonLineProcess<T>(process.execPath, ['--import', 'tsx', entry, ...args]);
}

export function startJsonLineProcess<T>(
  command: string,
  args: readonly string[],
): Promise<{ child: ChildProcess; ready: T }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd(), env: process.env });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4_000);
    });
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(
      () => reject(new Error(`${command} ${args.join(' ')} did not become ready:\n${stderr}`)),
      60_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, ready: JSON.parse(line) as T });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${String(code)} before it was ready:\n${stderr}`));
    });
  });
}

export interface SandboxStateView {
  questionpro: {
    responses: { externalReference: string; responseID: number }[];
    deleted: { externalReference: string; responseID: number }[];
  };
  requests: { endpoint: string; outcome: number | string; count: number }[];
  inFlight: Record<string, number>;
  inFlightRequests: { endpoint: string; arrivedAt: number }[];
  faults: { rateLimit: { calls: number; seconds: number }; latencyMs: number };
  qmob: { lists: { id: string; members: string[] }[]; respondents: { username: string; phonenumber: string }[] };
}

export type SandboxProcess = Awaited<ReturnType<typeof startSandboxProcess>>;

/** The sandbox as its own process, so it outlives the app process a test kills. */
export async function startSandboxProcess(extraArgs: readonly string[] = []) {
  const { child, ready } = await startTypeScriptProcess<SandboxInfo>('sandbox/cli.ts', ['--port', '0', ...extraArgs]);
  const caCertPem = readFileSync(ready.caCertPath, 'utf8');
  return {
    info: ready,
    caCertPem,
    /** What the sandbox holds, read through its admin endpoint over HTTPS with its CA. */
    state: () => adminGet<SandboxStateView>(`${ready.adminUrl}/state`, ready.adminToken, caCertPem),
    /** Changes fault settings (latency, rates…) while it runs, through the admin endpoint. */
    setFaults: (patch: Record<string, unknown>) =>
      adminSend(`${ready.adminUrl}/faults`, ready.adminToken, caCertPem, 'POST', JSON.stringify(patch)),
    /** The responses QuestionPro holds for a survey (the first 100), read through its API with the account's key. */
    responses: async (surveyId: number): Promise<StoredResponse[]> =>
      (
        await questionProGet<{ response: StoredResponse[] }>(
          `${ready.questionpro.baseUrl}/surveys/${surveyId}/responses?perPage=100`,
          ready.questionpro.apiKey,
          caCertPem,
        )
      ).response,
    stop: () => stopProcess(child),
  };
}

/**
 * Where a host of the test's own runs: a port of its own and a fresh data folder. A restarted host
 * must take the same port: the page's origin, and with it IndexedDB, goes with it.
 */
export function ownHostPlace(name: string): { port: number; dataDir: string } {
  return { port: 5800 + Math.floor(Math.random() * 400), dataDir: mkdtempSync(join(tmpdir(), `outpost-${name}-`)) };
}

/** A browser host of the test's own (its own port and data folder): for tests that kill or restart the app. */
export function startBrowserHost(port: number, dataDir: string, extraArgs: readonly string[] = []) {
  return startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    ...extraArgs,
  ]);
}

function questionProGet<T>(url: string, apiKey: string, ca: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'api-key': apiKey }, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as T));
    });
    req.on('error', reject);
    req.end();
  });
}

function adminGet<T>(url: string, token: string, ca: string): Promise<T> {
  return adminSend<T>(url, token, ca, 'GET');
}

function adminSend<T>(url: string, token: string, ca: string, method: string, body?: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const headers = { 'x-sandbox-token': token, ...(body ? { 'content-type': 'application/json' } : {}) };
    const req = request(url, { method, headers, ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 500) >= 400) reject(new Error(`sandbox admin ${method} ${url}: ${text}`));
        else resolve(JSON.parse(text) as T);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
