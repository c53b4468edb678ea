import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { queue } from '../../common/outbox/transitions';
import { addSandboxQuestionProAccount } from './support/accounts-in-page';
import { outboxStates, putOutboxItems } from './support/outbox-in-page';
import { startSandboxProcess, startTypeScriptProcess, stopProcess } from './support/processes';

const RESPONSES = 500;
const KILLS = 5;

/** The browser host as its own process: it runs the engine, and this test kills it. */
function startHost(port: number, dataDir: string) {
  return startTypeScriptProcess<{ url: string }>('host/browser/cli.ts', [
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--sync-concurrency',
    '4',
  ]);
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the engine is killed five times during a sync of 500 responses; each arrives exactly once', async ({ page }) => {
  test.setTimeout(300_000);
  // The app keeps QuestionPro's 300 calls a minute on its side and remembers them across restarts, but a SIGKILL
  // can lose the last second of that record; the sandbox allows more, so this test stays about kills, not Retry-After.
  const sandbox = await startSandboxProcess([
    '--seed',
    '9',
    '--latency-ms',
    '60',
    '--jitter-ms',
    '20',
    '--rate-limit',
    '3000/60',
  ]);
  const port = 5300 + Math.floor(Math.random() * 500);
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-kill-'));
  let host = await startHost(port, dataDir);
  try {
    await openApp(page, host.ready.url);
    const accountId = await addSandboxQuestionProAccount(page, sandbox, 'Kill test');

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
    await putOutboxItems(page, items);
    await page.reload();

    const moments: number[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const wait = 400 + Math.floor(Math.random() * 1_200);
      moments.push(wait);
      await page.waitForTimeout(wait);
      await stopProcess(host.child, 'SIGKILL');
      host = await startHost(port, dataDir);
      await openApp(page, host.ready.url);
    }
    test.info().annotations.push({ type: 'kill moments (ms after each start)', description: moments.join(', ') });

    await expect
      .poll(async () => (await outboxStates(page))['delivered'] ?? 0, { timeout: 200_000, intervals: [1_000] })
      .toBe(RESPONSES);
    expect(await outboxStates(page)).toEqual({ delivered: RESPONSES });

    const held = new Map<string, number>();
    for (const response of (await sandbox.state()).questionpro.responses) {
      held.set(response.externalReference, (held.get(response.externalReference) ?? 0) + 1);
    }
    const copies = items.map((item) => held.get(item.id) ?? 0);
    expect(copies.filter((count) => count === 0)).toHaveLength(0);
    expect(copies.filter((count) => count > 1)).toHaveLength(0);
  } finally {
    await stopProcess(host.child);
    await sandbox.stop();
  }
});
