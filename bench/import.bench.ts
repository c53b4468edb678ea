import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { startBrowserHostProcess, type BrowserHostProcess } from './lib/browser-host-process';
import { buildRendererWithoutSealing } from './lib/plaintext-build';
import { benchFolder, removeFolder } from './lib/temp-folder';
import {
  firstPaintScript,
  firstRowScript,
  longTasksScript,
  phasesScript,
  resetPhasesScript,
  storageUsageScript,
  timeBaselineScript,
  watchLongTasksScript,
  watchPhasesScript,
} from './lib/import-page-scripts';
import { RESPONDENT_HEADER, validCells } from './lib/respondent-csv';

/**
 * Roster import at scale, in real Chromium with an on-disk profile, against the
 * built renderer in the browser host, driven through the real UI (a file
 * chooser and buttons), so no test-only code ships to users. Prints one JSON line:
 *   readingRowsPerSecond / checkingRowsPerSecond / storingRowsPerSecond: each phase as the panel shows it;
 *   baselineRowsPerSecond: plain Dexie bulkAdd of the same rows (the same keys: see timeBaselineScript), same browser,
 *     same run, wall-clock from its first transaction to its last commit, the mean of a run before the first app
 *     and one after it (baselineRunsRowsPerSecond); ratio = storing / baseline (target >= 0.8);
 *   baselineTransactionRowsPerSecond / ratioToTransactions: the same baseline counting its transactions only;
 *   peakRendererMB (page and import worker: one renderer process) and peakChromiumMB (all its processes, IndexedDB's included) (target <= 1024);
 *   cancelSeconds per phase: click to the import stopped (target <= 2), and undoneSeconds until nothing is left;
 *   reopenFirstPaintMs and reopenFirstRowMs: a fresh start of the same profile after the import;
 *   usageBytesPerRow: what the browser reports stored per row (calibrates the up-front storage check).
 * The app's figures are printed twice: withEncryption (the app as it ships: respondents sealed at rest) and
 * withoutEncryption (the same renderer built with a pass-through codec, bench/lib/plaintext-build.ts), both
 * against the same baseline; cancels are timed in the shipped app.
 *   npm run bench:import -- [--rows N] [--skip-cancel] [--encryption on|off|both]
 */
const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    'skip-cancel': { type: 'boolean' },
    encryption: { type: 'string', default: 'both' },
  },
  strict: true,
});
const encryption = z.enum(['on', 'off', 'both']).parse(values.encryption);
const rows = z.coerce
  .number()
  .int()
  .positive()
  .default(100_000)
  .parse(values.rows ?? process.env['BENCH_ROWS']);

const LIST_GROUP_ID = '1001';
const CHUNK = 5_000;
const sampleFields = [
  { alias: 'site_code', type: 'text', required: true },
  { alias: 'age', type: 'integer', required: false },
  { alias: 'household_size', type: 'integer', required: false },
] as const;

function chromiumExecutable(): string | undefined {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment) return fromEnvironment;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const work = benchFolder('import');
const csvPath = join(work, 'bench.csv');

/** The file is written line by line: 1.5 million rows are never one string in this process either. */
async function writeCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (line: string): Promise<void> => {
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${RESPONDENT_HEADER.join(',')}\r\n`);
  for (let index = 0; index < rows; index += 1) await write(`${validCells(index).join(',')}\r\n`);
  out.end();
  await once(out, 'finish');
  return bytes;
}

/** Memory of the Chromium processes of one profile (PSS), sampled until stopped. */
function sampleMemory(profileDir: string): { stop: () => { rendererMB: number; chromiumMB: number } } {
  let renderer = 0;
  let total = 0;
  const sample = (): void => {
    let sum = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes(profileDir) && !isChildOfProfile(pid, profileDir)) continue;
        // Proportional set size: pages shared between Chromium's processes are counted once, not in each.
        const rss = /Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
        const kb = Number(rss?.[1] ?? 0);
        sum += kb;
        if (cmdline.includes('--type=renderer')) renderer = Math.max(renderer, kb);
      } catch {
        // The process ended between listing and reading.
      }
    }
    total = Math.max(total, sum);
  };
  const timer = setInterval(sample, 250);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { rendererMB: Math.round(renderer / 1024), chromiumMB: Math.round(total / 1024) };
    },
  };
}

/** Zygote-forked renderers do not carry the profile flag: they are recognised by their parent chain. */
function isChildOfProfile(pid: string, profileDir: string): boolean {
  let current = pid;
  for (let depth = 0; depth < 4; depth += 1) {
    const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
    const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
    if (!parent || parent === '0' || parent === '1') return false;
    try {
      if (readFileSync(`/proc/${parent}/cmdline`, 'utf8').includes(`--user-data-dir=${profileDir}`)) return true;
    } catch {
      return false;
    }
    current = parent;
  }
  return false;
}

async function launch(profileDir: string, bypassCSP = false): Promise<BrowserContext> {
  const executablePath = chromiumExecutable();
  return chromium.launchPersistentContext(profileDir, {
    ...(executablePath ? { executablePath } : {}),
    bypassCSP,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

async function setUpList(page: Page): Promise<void> {
  // A list belongs to a QMob account: the practice workspace provides one.
  await page.evaluate("window.outpost.operations['practice.start']({})");
  await page.reload();
  await page.getByRole('navigation', { name: 'Respondent lists' }).waitFor();
  const form = page.getByRole('form', { name: 'New list' });
  await form.getByLabel('List name').fill('Bench list');
  await form.getByLabel('QMob list id (group_id)').fill(LIST_GROUP_ID);
  await form.getByLabel('QMob account').selectOption({ label: 'Practice: QMob' });
  await form.getByRole('button', { name: 'Create list' }).click();
  const editor = page.locator('details', { hasText: 'Sample fields of' });
  await editor.locator('summary').click();
  for (const field of sampleFields) {
    // The Practice account may already declare one (site_code, which its server requires).
    if ((await editor.locator('code', { hasText: field.alias }).count()) > 0) continue;
    await editor.getByLabel('Alias').fill(field.alias);
    await editor.getByLabel('Type').selectOption(field.type);
    await editor.getByLabel('Required').setChecked(field.required);
    await editor.getByRole('button', { name: 'Add sample field' }).click();
    await editor.locator('code', { hasText: field.alias }).waitFor();
  }
}

const phasesSchema = z.looseObject({
  now: z.number(),
  Reading: z.number().optional(),
  Checking: z.number().optional(),
  Storing: z.number().optional(),
  Cancelling: z.number().optional(),
  mapping: z.number().optional(),
  summary: z.number().optional(),
  summaryText: z.string().optional(),
  alert: z.number().optional(),
  alertText: z.string().optional(),
});
type Phases = z.infer<typeof phasesSchema>;
const phases = async (page: Page): Promise<Phases> => phasesSchema.parse(await page.evaluate(phasesScript));

async function waitFor(page: Page, done: (seen: Phases) => boolean, timeoutMs: number): Promise<Phases> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await phases(page);
    if (done(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`timed out waiting; seen ${JSON.stringify(seen)}`);
    await page.waitForTimeout(50);
  }
}

const HOUR = 3_600_000;

async function chooseFile(page: Page): Promise<number> {
  await page.evaluate(resetPhasesScript);
  const chosen = await page.evaluate('performance.now()');
  await page.getByLabel('Import a CSV file into Bench list').setInputFiles(csvPath);
  return z.number().parse(chosen);
}

/** One cancel: start the import, wait for the phase, cancel, measure. */
async function cancelIn(
  page: Page,
  phase: 'Reading' | 'Checking' | 'Storing',
): Promise<{ stopped: number; undone: number }> {
  await chooseFile(page);
  if (phase !== 'Reading') {
    await waitFor(page, (seen) => seen.mapping !== undefined, HOUR);
    await page.getByRole('button', { name: 'Import respondents' }).click();
  }
  await waitFor(page, (seen) => seen[phase] !== undefined, HOUR);
  // Storing: let a few chunks be written, so there is something to undo.
  if (phase === 'Storing') await page.waitForTimeout(1_000);
  await page.evaluate(resetPhasesScript);
  const clicked = z.number().parse(await page.evaluate('performance.now()'));
  await page
    .getByRole('button', { name: 'Cancel import' })
    .click({ timeout: 2_000 })
    .catch(() => {
      throw new Error(`the ${phase} phase ended before it could be cancelled: use more rows, or --skip-cancel`);
    });
  const end = await waitFor(page, (seen) => seen.alert !== undefined || seen.Cancelling !== undefined, 60_000);
  const stopped = ((end.Cancelling ?? end.alert ?? end.now) - clicked) / 1000;
  const undone = await waitFor(page, (seen) => seen.alert !== undefined, HOUR);
  if (!/cancelled/.test(undone.alertText ?? '')) throw new Error(`cancel in ${phase}: ${undone.alertText ?? ''}`);
  const left = await page.evaluate(
    "(async () => { const open = indexedDB.open('outpost'); await new Promise((r) => (open.onsuccess = r)); const db = open.result; const count = (name) => new Promise((r) => { const q = db.transaction(name).objectStore(name).count(); q.onsuccess = () => r(q.result); }); const result = { respondents: await count('respondents'), memberships: await count('memberships'), runs: await count('importRuns') }; db.close(); return result; })()",
  );
  const counts = z.object({ respondents: z.number(), memberships: z.number(), runs: z.number() }).parse(left);
  if (counts.respondents + counts.memberships + counts.runs > 0)
    throw new Error(`cancel in ${phase} left ${JSON.stringify(counts)}`);
  return { stopped, undone: ((undone.alert ?? undone.now) - clicked) / 1000 };
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

interface BaselineRun {
  /** In its transactions only. */
  seconds: number;
  /** From its first transaction to its last commit, as the app's storing phase is timed. */
  wallSeconds: number;
}

/** Plain Dexie bulkAdd of the same rows in a fresh profile (see timeBaselineScript). */
async function measureBaseline(url: string, when: string): Promise<BaselineRun> {
  const profile = join(work, `baseline-${when}-profile`);
  const context = await launch(profile, true);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.route('**/bench-rows.csv', (route) => route.fulfill({ path: csvPath, contentType: 'text/csv' }));
    await page.goto(url);
    // bypassCSP only here, to load Dexie's UMD build into the page; the import itself runs under the app's real CSP.
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('dexie/dist/dexie.js') });
    const run = z
      .object({ seconds: z.number().positive(), wallSeconds: z.number().positive(), rows: z.number().int() })
      .parse(await page.evaluate(timeBaselineScript('/bench-rows.csv', CHUNK)));
    if (run.rows !== rows) throw new Error(`baseline wrote ${run.rows} rows, not ${rows}`);
    console.error(
      `baseline ${when}: ${Math.round(rows / run.wallSeconds)} rows/s wall-clock, ${Math.round(rows / run.seconds)} rows/s in its transactions`,
    );
    return run;
  } finally {
    await context.close();
    removeFolder(profile);
  }
}

const meanOf = (runs: readonly BaselineRun[]): BaselineRun => ({
  seconds: runs.reduce((sum, run) => sum + run.seconds, 0) / runs.length,
  wallSeconds: runs.reduce((sum, run) => sum + run.wallSeconds, 0) / runs.length,
});

/** One import through the app's UI into a fresh profile, then a reopen: its figures (the ratios come later). */
async function measureApp(
  host: BrowserHostProcess,
  name: string,
  withCancels: boolean,
  bytes: number,
): Promise<{ storingRowsPerSecond: number; figures: Record<string, unknown> }> {
  const profile = join(work, `${name}-profile`);
  let context = await launch(profile);
  let page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(watchLongTasksScript);
  await page.addInitScript(watchPhasesScript);
  await page.goto(`${host.url.replace(/\/$/, '')}/#roster`);
  await setUpList(page);

  const cancels: Record<string, { stopped: number; undone: number }> = {};
  if (withCancels) {
    for (const phase of ['Reading', 'Checking', 'Storing'] as const) {
      cancels[phase] = await cancelIn(page, phase);
      console.error(
        `${name}: cancel while ${phase}: stopped after ${cancels[phase].stopped.toFixed(2)} s, nothing left after ${cancels[phase].undone.toFixed(2)} s`,
      );
    }
  }

  const memory = sampleMemory(profile);
  const chosen = await chooseFile(page);
  const mapped = await waitFor(page, (seen) => seen.mapping !== undefined || seen.alert !== undefined, HOUR);
  if (mapped.alert !== undefined) throw new Error(`refused: ${mapped.alertText ?? ''}`);
  const before = z.object({ count: z.number() }).parse(await page.evaluate(longTasksScript)).count;
  await page.getByRole('button', { name: 'Import respondents' }).click();
  const finished = await waitFor(page, (seen) => seen.summary !== undefined || seen.alert !== undefined, 4 * HOUR);
  const peak = memory.stop();
  if (finished.summary === undefined) {
    // Refused up front (the storage check) or failed: say so plainly; that is a result too.
    await context.close();
    removeFolder(profile);
    return {
      storingRowsPerSecond: 0,
      figures: { refused: finished.alertText ?? '', peakRendererMB: peak.rendererMB, peakChromiumMB: peak.chromiumMB },
    };
  }
  // The panel speaks English here and groups digits as English does (1,500,000).
  if (!(finished.summaryText ?? '').startsWith(`${new Intl.NumberFormat('en').format(rows)} respondents stored`))
    throw new Error(`unexpected import result: ${finished.summaryText ?? ''}`);
  const reading = ((mapped.mapping ?? 0) - chosen) / 1000;
  const checking = ((finished.Storing ?? 0) - (finished.Checking ?? 0)) / 1000;
  const storing = ((finished.summary ?? 0) - (finished.Storing ?? 0)) / 1000;
  const tasks = z.object({ durations: z.array(z.number()) }).parse(await page.evaluate(longTasksScript));
  const usage = z.object({ usage: z.number(), quota: z.number() }).parse(await page.evaluate(storageUsageScript));
  await context.close();

  // Reopen the same profile: a fresh start of the app after the import.
  context = await launch(profile);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${host.url.replace(/\/$/, '')}/#roster`);
  const firstRow = z
    .object({ firstRowMs: z.number(), waitedMs: z.number(), text: z.string() })
    .parse(await page.evaluate(firstRowScript));
  const firstPaint = z.number().parse(await page.evaluate(firstPaintScript));
  await context.close();
  removeFolder(profile);

  const storingRowsPerSecond = rows / storing;
  const figures = {
    readingSeconds: round(reading),
    readingRowsPerSecond: Math.round(rows / reading),
    checkingSeconds: round(checking),
    checkingRowsPerSecond: Math.round(rows / checking),
    storingSeconds: round(storing),
    storingRowsPerSecond: Math.round(storingRowsPerSecond),
    peakRendererMB: peak.rendererMB,
    peakChromiumMB: peak.chromiumMB,
    longestMainThreadTaskMs: Math.round(Math.max(0, ...tasks.durations.slice(before))),
    ...(withCancels
      ? {
          cancelSeconds: Object.fromEntries(Object.entries(cancels).map(([phase, c]) => [phase, round(c.stopped, 2)])),
          undoneSeconds: Object.fromEntries(Object.entries(cancels).map(([phase, c]) => [phase, round(c.undone, 2)])),
        }
      : {}),
    reopenFirstPaintMs: Math.round(firstPaint),
    reopenFirstRowMs: Math.round(firstRow.firstRowMs),
    usageBytesPerRow: Math.round(usage.usage / rows),
  };
  console.error(`${name}: ${JSON.stringify(figures)} (${(bytes / 1e6).toFixed(1)} MB)`);
  return { storingRowsPerSecond, figures };
}

const hosts: { name: 'withEncryption' | 'withoutEncryption'; host: BrowserHostProcess }[] = [];
try {
  if (encryption !== 'off') hosts.push({ name: 'withEncryption', host: await startBrowserHostProcess() });
  if (encryption !== 'on')
    hosts.push({ name: 'withoutEncryption', host: await startBrowserHostProcess(await buildRendererWithoutSealing()) });
  const host = hosts[0]?.host;
  if (!host) throw new Error('no app to measure');
  const bytes = await writeCsv(csvPath);
  console.error(`wrote ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB`);

  // The shipped app's import is bracketed by two baseline runs and compared with their mean: at 1.5 million rows
  // each run takes minutes, and a machine whose load changes meanwhile would otherwise decide the ratio. The first
  // baseline runs before any import, so no import profits from a disk it warmed up (nor suffers from it).
  const baselines = [await measureBaseline(host.url, 'before')];
  const measured: { name: string; storingRowsPerSecond: number; figures: Record<string, unknown> }[] = [];
  for (const [index, { name, host: appHost }] of hosts.entries()) {
    measured.push({
      name,
      ...(await measureApp(appHost, name, name === 'withEncryption' && !values['skip-cancel'], bytes)),
    });
    if (index === 0) baselines.push(await measureBaseline(host.url, 'after'));
  }
  const baseline = meanOf(baselines);
  const apps = Object.fromEntries(
    measured.map(({ name, storingRowsPerSecond, figures }) => [
      name,
      storingRowsPerSecond > 0
        ? {
            ...figures,
            ratio: round(storingRowsPerSecond / (rows / baseline.wallSeconds)),
            ratioToTransactions: round(storingRowsPerSecond / (rows / baseline.seconds)),
          }
        : figures,
    ]),
  );
  console.log(
    JSON.stringify({
      rows,
      megabytes: round(bytes / 1e6, 1),
      baselineRowsPerSecond: Math.round(rows / baseline.wallSeconds),
      baselineTransactionRowsPerSecond: Math.round(rows / baseline.seconds),
      baselineRunsRowsPerSecond: baselines.map((run) => Math.round(rows / run.wallSeconds)),
      ...apps,
    }),
  );
} finally {
  for (const { host } of hosts) host.stop();
}
