/**
 * Code the import benchmark runs inside the page. Kept as script text because
 * the bench is compiled for Node (no DOM types); results are checked with zod
 * where they come back. None of this ships with the app.
 */

/** Records long tasks from before the app starts, and the first contentful paint. */
export const watchLongTasksScript = `
  window.benchLongTasks = [];
  window.benchLongTasksSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * Watches the import panel: when each phase first shows (the progress label
 * says "…: Reading", "…: Checking", "…: Storing", "…: Cancelling"), when the
 * mapping step and the summary or an alert appear. Times are performance.now().
 */
export const watchPhasesScript = `
  window.benchPhases = {};
  window.benchPhaseTimer = setInterval(() => {
    const seen = window.benchPhases;
    const now = performance.now();
    for (const label of document.querySelectorAll('section.roster-panel label')) {
      const match = /: (Reading|Checking|Storing|Cancelling)$/.exec((label.textContent || '').trim());
      if (match && seen[match[1]] === undefined) seen[match[1]] = now;
    }
    if (seen.mapping === undefined && document.querySelector('[aria-label="Map columns"]')) seen.mapping = now;
    const summary = document.querySelector('[data-testid="import-summary"]');
    if (summary && seen.summary === undefined) { seen.summary = now; seen.summaryText = summary.textContent; }
    const alert = document.querySelector('.roster-panel [role="alert"]');
    if (alert && alert !== window.benchIgnoredAlert && seen.alert === undefined) { seen.alert = now; seen.alertText = alert.textContent; }
  }, 20);
`;

export const phasesScript = `({ now: performance.now(), ...window.benchPhases })`;
/** Forgets what was seen; an alert already on screen (the last import's) does not count as the next one's. */
export const resetPhasesScript = `window.benchPhases = {}; window.benchIgnoredAlert = document.querySelector('.roster-panel [role="alert"]')`;

/** The longest main-thread task since the given count of long tasks. */
export const longTasksScript = `({ count: window.benchLongTasks.length, supported: window.benchLongTasksSupported, durations: window.benchLongTasks })`;

/** What the browser says this origin stores. */
export const storageUsageScript = `navigator.storage.estimate().then((e) => ({ usage: e.usage ?? 0, quota: e.quota ?? 0 }))`;

/**
 * Plain Dexie bulkAdd of the rows the import stores (one respondent and one
 * membership per CSV row), with the app's stores and indexes
 * (renderer/src/db/database.ts, version 5), in transactions of `chunk` rows
 * (one bulkAdd of 1.5 million rows cannot finish; the app stores chunks too).
 * The same rows as the app's, key for key: the app's ids are built from an account id
 * and a list id that are UUIDs (respondentKey, membershipKey), so the baseline's are too,
 * and every mapped sample field is stored, empty or not, as the app stores it. (The keys'
 * length matters: with the ids 'bench' and 'list' an earlier baseline used, its keys were
 * a quarter as long, and Chromium's IndexedDB spent about a third less CPU per row on them:
 * it measured other rows.) Reads the CSV from `url` as a stream, so the page never holds the
 * whole file, and parses the next chunk while the one before commits, as a well-written
 * loader does. `seconds` adds up the transactions (bulkAdd calls and commits);
 * `wallSeconds` runs from the first transaction to the last commit: wall-clock, as the
 * app's storing phase is timed. Expects window.Dexie.
 */
export const timeBaselineScript = (url: string, chunk: number): string => `
  (async () => {
    const db = new window.Dexie('bench-baseline');
    db.version(1).stores({ respondents: 'id, accountId, username, [accountId+username]', memberships: 'id, listId, respondentId, [listId+respondentId], [listId+outboxId]' });
    await db.open();
    const account = crypto.randomUUID();
    const list = crypto.randomUUID();
    const now = Date.now();
    let respondents = [];
    let memberships = [];
    let seconds = 0;
    let rows = 0;
    let wallStarted = null;
    let inFlight = null;
    const flush = async () => {
      const chunkRespondents = respondents;
      const chunkMemberships = memberships;
      respondents = [];
      memberships = [];
      // One transaction at a time (they would queue anyway: same stores); the next chunk is parsed meanwhile.
      if (inFlight) await inFlight;
      const started = performance.now();
      wallStarted ??= started;
      inFlight = db
        .transaction('rw', db.table('respondents'), db.table('memberships'), async () => {
          await db.table('respondents').bulkAdd(chunkRespondents);
          await db.table('memberships').bulkAdd(chunkMemberships);
        })
        .then(() => {
          seconds += (performance.now() - started) / 1000;
          rows += chunkRespondents.length;
        });
    };
    const reader = (await fetch(${JSON.stringify(url)})).body.pipeThrough(new TextDecoderStream()).getReader();
    let rest = '';
    let header = true;
    for (;;) {
      const { value, done } = await reader.read();
      const text = rest + (value ?? '');
      const lines = text.split('\\r\\n');
      rest = done ? '' : lines.pop();
      for (const line of lines) {
        if (line === '') continue;
        if (header) { header = false; continue; }
        const [username = '', phonenumber = '', email = '', site = '', age = '', household = ''] = line.split(',');
        const id = account + ':' + username;
        respondents.push({ id, accountId: account, username, phonenumber, email, sampleFields: { site_code: site, age, household_size: household }, updatedAt: now });
        memberships.push({ id: list + '|' + id, listId: list, respondentId: id, outboxId: null, addedAt: now });
        if (respondents.length >= ${chunk}) await flush();
      }
      if (done) break;
    }
    if (respondents.length > 0) await flush();
    if (inFlight) await inFlight;
    const wallSeconds = (performance.now() - (wallStarted ?? performance.now())) / 1000;
    db.close();
    return { seconds, wallSeconds, rows };
  })()
`;

/** Time from navigation start to the first respondent row of the list on screen (or a timeout). */
export const firstRowScript = `
  new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const row = document.querySelector('[data-testid="respondent-scroll"] [role="row"]');
      const text = row ? row.textContent ?? '' : '';
      if (row && !text.includes('Loading')) return resolve({ firstRowMs: performance.now(), waitedMs: performance.now() - started, text });
      if (performance.now() - started > 120000) return resolve({ firstRowMs: -1, waitedMs: performance.now() - started, text });
      setTimeout(check, 20);
    };
    check();
  })
`;

export const firstPaintScript = `(performance.getEntriesByName('first-contentful-paint')[0] ?? { startTime: -1 }).startTime`;
