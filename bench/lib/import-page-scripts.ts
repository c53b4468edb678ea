/**
 * Code the import benchmark runs inside the page. Kept as script text because
 * the bench is compiled for Node (no DOM types); results are checked with zod
 * where they come back. None of this ships with the app.
 */

/** Records long tasks from before the app starts. */
export const watchLongTasksScript = `
  window.benchLongTasks = [];
  window.benchLongTasksSupported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Clicks "Import respondents", waits for the summary; seconds and the longest main-thread task meanwhile. */
export const timeImportScript = `
  new Promise((resolve, reject) => {
    const durations = window.benchLongTasks;
    const before = durations.length;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Import respondents');
    if (!button) return reject(new Error('no Import button'));
    const started = performance.now();
    const observer = new MutationObserver(() => {
      const summary = document.querySelector('[data-testid="import-summary"]') || document.querySelector('[role="alert"]');
      if (!summary) return;
      observer.disconnect();
      const seconds = (performance.now() - started) / 1000;
      // Long tasks are reported a little after they end: give the observer a moment.
      setTimeout(() => resolve({ seconds, longestTaskMs: Math.max(0, ...durations.slice(before)), summary: summary.textContent || '', longTasksSupported: window.benchLongTasksSupported, longTasksBefore: before }), 500);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    button.click();
  })
`;

/**
 * Plain Dexie bulkAdd of the rows the import stores (one respondent and one
 * membership per CSV row), with the app's stores and indexes
 * (renderer/src/db/database.ts, version 1). Expects window.Dexie and window.benchCsv.
 */
export const timeBaselineScript = (account: string): string => `
  (async () => {
    const db = new window.Dexie('bench-baseline');
    db.version(1).stores({ respondents: 'id, accountId, username, [accountId+username]', memberships: 'id, listId, respondentId, [listId+respondentId]' });
    await db.open();
    const account = ${JSON.stringify(account)};
    const lines = window.benchCsv.trim().split('\\r\\n').slice(1);
    const now = Date.now();
    const respondents = [];
    const memberships = [];
    for (const line of lines) {
      const [username = '', phonenumber = '', email = '', site = '', age = '', household = ''] = line.split(',');
      const id = account + ':' + username;
      const sampleFields = { site_code: site };
      if (age !== '') sampleFields.age = age;
      if (household !== '') sampleFields.household_size = household;
      respondents.push({ id, accountId: account, username, phonenumber, email, sampleFields, updatedAt: now });
      memberships.push({ id: 'list|' + id, listId: 'list', respondentId: id, outboxId: null, addedAt: now });
    }
    const started = performance.now();
    await db.transaction('rw', db.table('respondents'), db.table('memberships'), async () => {
      await db.table('respondents').bulkAdd(respondents);
      await db.table('memberships').bulkAdd(memberships);
    });
    const seconds = (performance.now() - started) / 1000;
    db.close();
    return { seconds, rows: respondents.length };
  })()
`;

/** Scrolls the respondent table from top to bottom in 200 steps, one frame each: the longest task and frame meanwhile. */
export const scrollTableScript = `
  (async () => {
    const scroller = document.querySelector('[data-testid="respondent-scroll"]');
    if (!scroller) throw new Error('no respondent table');
    const durations = window.benchLongTasks;
    const before = durations.length;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const bottom = scroller.scrollHeight - scroller.clientHeight;
    let last = performance.now();
    let worstFrameMs = 0;
    for (let step = 0; step <= 200; step += 1) {
      scroller.scrollTop = (bottom * step) / 200;
      await frame();
      const now = performance.now();
      worstFrameMs = Math.max(worstFrameMs, now - last);
      last = now;
    }
    // How long until the rows at the bottom are filled in.
    const settleStarted = performance.now();
    const lastRow = () => scroller.querySelector('[role="row"]:last-child')?.textContent ?? '';
    while (lastRow().includes('Loading') && performance.now() - settleStarted < 20000) await new Promise((resolve) => setTimeout(resolve, 10));
    const settleMs = performance.now() - settleStarted;
    const renderedRows = scroller.querySelectorAll('[role="row"]').length;
    return { settleMs, scrollLongestTaskMs: Math.max(0, ...durations.slice(before)), worstFrameMs, renderedRows, lastRowText: scroller.querySelector('[role="row"]:last-child')?.textContent ?? '' };
  })()
`;
