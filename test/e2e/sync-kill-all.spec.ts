import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { OutboxItem } from '../../common/outbox/outbox-item';
import { queue } from '../../common/outbox/transitions';
import { countSandboxCopies } from '../support/sandbox-copies';
import { addSandboxQuestionProAccount } from './support/accounts-in-page';
import { launchBrowserProcess, type BrowserProcess } from './support/browser-process';
import { putOutboxItems, readStore } from './support/outbox-in-page';
import { startSandboxProcess, startTypeScriptProcess, stopProcess } from './support/processes';

const RESPONSES = 60;
const KILLS = 10;
const MID_CREATE_KILLS = 5;
const CREATE = 'POST /surveys/{surveyId}/responses';
/** The server answers at least this slowly, and always slower than the slowest restart seen so far. */
const MIN_LATENCY_MS = 4_000;
const LATENCY_OVER_RESTART = 1.5;

/** The browser host as its own process: it runs the engine (main's services), and this test kills it. */
function startHost(port: number, dataDir: string, verifyQuietMs: number) {
  return startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--sync-concurrency',
    '8',
    // Longer than any request the server could still be holding when the app died.
    '--verify-quiet-ms',
    String(verifyQuietMs),
    // The second check ("at the next sync") as soon, so the test sees both.
    '--verify-again-ms',
    String(verifyQuietMs),
  ]);
}

/** One port for every restart: IndexedDB belongs to the page's origin, so the restarted page must have the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the outbox’s and the engine’s processes are killed ten times, mid-create; each response is held once', async () => {
  test.setTimeout(900_000);
  // The documented limit (300 calls a minute per key, the sandbox's default: not raised here), answers slower
  // than a restart, and a share of requests held as a relay's queue would: held creates can land after the
  // restarted app looked them up and posted again, so only the later verification can repair those.
  const sandbox = await startSandboxProcess([
    '--seed',
    '9',
    '--latency-ms',
    String(MIN_LATENCY_MS),
    '--hold-rate',
    '0.15',
    '--hold-ms',
    String(2 * MIN_LATENCY_MS),
  ]);
  expect((await sandbox.state()).faults.rateLimit).toEqual({ calls: 300, seconds: 60 });
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-kill-all-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'outpost-kill-profile-'));
  let latencyMs = MIN_LATENCY_MS;
  const setLatency = async (ms: number): Promise<void> => {
    latencyMs = ms;
    await sandbox.setFaults({ latencyMs, holdMs: 2 * latencyMs });
  };
  // A held request has been answered after latency + hold (3 × latency); the first check waits longer still.
  const quietMs = () => latencyMs * 4;
  const started = Date.now();
  let host = await startHost(port, dataDir, quietMs());
  let browser: BrowserProcess = await launchBrowserProcess(profileDir);
  try {
    await openApp(browser.page, host.ready.url);
    const accountId = await addSandboxQuestionProAccount(browser.page, sandbox, 'Kill test');
    const items = Array.from({ length: RESPONSES }, (_, index) =>
      queue(
        {
          accountId,
          label: 'Test Survey',
          payload: {
            kind: 'questionpro.create-response',
            surveyId: 7654321,
            responseId: `local-${index}`,
            body: {
              responseStatus: 'Completed',
              responseSet: [{ questionID: 12345678, answerValues: [{ answerID: 123456789 }] }],
            },
          },
        },
        Date.now() + index,
        crypto.randomUUID(),
      ),
    );
    await setLatency(Math.max(MIN_LATENCY_MS, Math.round((Date.now() - started) * LATENCY_OVER_RESTART)));
    let startedAt = Date.now();
    await putOutboxItems(browser.page, items);
    await browser.page.reload();

    let killedMidCreate = 0;
    const restarts: number[] = [];
    const latencies: number[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      await browser.page.waitForTimeout(1_000 + Math.floor(Math.random() * 2_000));
      // A create this instance sent (it arrived after this start) that the sandbox has not answered: wait up to 20 s.
      const ownCreate = async () =>
        (await sandbox.state()).inFlightRequests.find(
          (request) => request.endpoint === CREATE && request.arrivedAt >= startedAt,
        );
      let inFlight = await ownCreate();
      for (let look = 0; look < 80 && !inFlight; look += 1) {
        await browser.page.waitForTimeout(250);
        inFlight = await ownCreate();
      }
      await Promise.all([stopProcess(host.child, 'SIGKILL'), browser.kill()]);
      // Still unanswered once both processes are gone: the kill landed while that create was in flight.
      const after = (await sandbox.state()).inFlightRequests;
      if (inFlight && after.some((request) => request.endpoint === CREATE && request.arrivedAt === inFlight.arrivedAt))
        killedMidCreate += 1;
      const restarting = Date.now();
      startedAt = restarting;
      [host, browser] = await Promise.all([startHost(port, dataDir, quietMs()), launchBrowserProcess(profileDir)]);
      await openApp(browser.page, host.ready.url);
      const restartMs = Date.now() - restarting;
      restarts.push(restartMs);
      latencies.push(latencyMs);
      if (restartMs * LATENCY_OVER_RESTART > latencyMs) await setLatency(Math.round(restartMs * LATENCY_OVER_RESTART));
    }

    // Delivered, and every verification the kills called for has run.
    const settled = async (): Promise<boolean> => {
      const rows = (await readStore(browser.page, 'outbox')) as OutboxItem[];
      return rows.length === RESPONSES && rows.every((row) => row.state === 'delivered' && row.nextAttemptAt === null);
    };
    await expect.poll(settled, { timeout: 600_000, intervals: [2_000] }).toBe(true);

    const state = await sandbox.state();
    const counted = countSandboxCopies(
      state,
      items.map((item) => item.id),
    );
    const http429 = state.requests
      .filter((entry) => entry.outcome === 429)
      .reduce((sum, entry) => sum + entry.count, 0);
    const held = state.requests
      .filter((entry) => entry.endpoint === CREATE && entry.outcome === 'held')
      .reduce((sum, entry) => sum + entry.count, 0);
    const figures = {
      kills: KILLS,
      killedMidCreate,
      restartsMs: restarts,
      latencyMsAtEachKill: latencies,
      heldCreates: held,
      delivered: counted.delivered,
      duplicatesFoundAndRepaired: counted.duplicatesFoundAndRepaired,
      duplicatesRemaining: counted.duplicatesRemaining,
      lost: counted.missing,
      http429,
    };
    test
      .info()
      .annotations.push({ type: 'kill test (counted from the sandbox)', description: JSON.stringify(figures) });
    process.stderr.write(`kill test: ${JSON.stringify(figures)}\n`);

    expect(killedMidCreate).toBeGreaterThanOrEqual(MID_CREATE_KILLS);
    // Every restart was quicker than the server's answer at that time.
    restarts.forEach((restartMs, index) => expect(restartMs).toBeLessThan(latencies[index] ?? 0));
    expect(counted).toMatchObject({ delivered: RESPONSES, duplicatesRemaining: 0, missing: 0 });
    expect(http429).toBe(0);
  } finally {
    await Promise.all([stopProcess(host.child), browser.kill()]);
    await sandbox.stop();
  }
});
