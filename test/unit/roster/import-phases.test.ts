import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { importWords, readingWords } from '../../../renderer/src/roster/import/progress-words';
import type { StreamProgress } from '../../../renderer/src/roster/import/validate-stream';
import { freshDatabase, importText, utf8 } from './support';

/**
 * Issue 18, item 1: progress covers reading, checking and storing, with rows
 * per second and time left; a cancel in any phase leaves nothing behind. (How
 * fast a cancel stops is measured by `npm run bench:import`, per phase.)
 */
let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';
/** More than three read slices (1 MiB each), so checking reports progress several times. */
const bigFile = (rows: number): Blob =>
  utf8(`${header}\n${Array.from({ length: rows }, (_, i) => `p${i},+2547${i},,SITE-${i},${i % 90}`).join('\n')}\n`);

async function everything(database: OutpostDatabase) {
  return {
    respondents: await database.respondents.count(),
    memberships: await database.memberships.count(),
    runs: await database.importRuns.count(),
    journal: await database.importJournal.count(),
  };
}

const base = { elapsedMs: 10_000, rowsRead: 0, accepted: 0, rejected: 0, stored: 0 };

describe('progress words, phase by phase', () => {
  it('reading: megabytes read of the whole, the rate, and the time left', () => {
    expect(readingWords({ bytesRead: 50e6, totalBytes: 150e6, elapsedMs: 5_000 }).text).toBe(
      '50.0 of 150.0 MB read · 10.0 MB/s · about 10 seconds left',
    );
    expect(readingWords({ bytesRead: 50e6, totalBytes: 150e6, elapsedMs: 5_000 })).toMatchObject({
      phase: 'Reading',
      value: 50e6,
      max: 150e6,
    });
  });

  it('checking: rows checked and with problems, rows per second, time left', () => {
    const words = importWords({
      ...base,
      phase: 'checking',
      done: 40e6,
      total: 160e6,
      rowsRead: 400_000,
      rejected: 12,
    });
    expect(words).toMatchObject({ phase: 'Checking', value: 40e6, max: 160e6 });
    expect(words.text).toBe('400,000 rows checked, 12 with problems · 40,000 rows/s · about 30 seconds left');
  });

  it('storing: rows stored of the rows to store, rows per second, time left (in minutes when long)', () => {
    const words = importWords({ ...base, phase: 'storing', done: 100_000, total: 1_500_000, stored: 100_000 });
    expect(words).toMatchObject({ phase: 'Storing', value: 100_000, max: 1_500_000 });
    expect(words.text).toBe(
      '100,000 of 1,500,000 rows stored (they appear when all are stored) · 10,000 rows/s · about 2 minutes left',
    );
  });

  it('cancelling: says what is being removed and that nothing of it shows', () => {
    expect(importWords({ ...base, phase: 'undoing', done: 3, total: 12 })).toMatchObject({
      phase: 'Cancelling',
      text: 'The import stopped; removing what it had stored (3 of 12 parts). Nothing of it is shown.',
    });
  });

  it('no rate or time left from the first half second (they would only jump about)', () => {
    expect(importWords({ ...base, phase: 'storing', done: 500, total: 1_000, elapsedMs: 200 }).text).toBe(
      '500 of 1,000 rows stored (they appear when all are stored)',
    );
  });
});

describe('a cancel in every phase leaves nothing', () => {
  it('while checking: stops at the next slice, never starts storing', async () => {
    ({ db } = await freshDatabase());
    const controller = new AbortController();
    const seen: StreamProgress[] = [];
    await expect(
      importText(db, bigFile(120_000), {
        signal: controller.signal,
        onProgress: (progress) => {
          seen.push(progress);
          if (progress.phase === 'checking') controller.abort();
        },
      }),
    ).rejects.toThrow('The import was cancelled; nothing was imported.');
    expect(seen.map((p) => p.phase)).toEqual(['checking']);
    expect(seen[0]?.done).toBeLessThan(seen[0]?.total ?? 0);
    expect(await everything(db)).toEqual({ respondents: 0, memberships: 0, runs: 0, journal: 0 });
  });

  it('after checking, before the first chunk is stored: nothing is written', async () => {
    ({ db } = await freshDatabase());
    const controller = new AbortController();
    const phases: string[] = [];
    await expect(
      importText(db, bigFile(5_000), {
        signal: controller.signal,
        onProgress: (progress) => {
          phases.push(progress.phase);
          if (progress.phase === 'storing' && progress.done === 0) controller.abort();
        },
      }),
    ).rejects.toThrow(/cancelled/);
    expect(phases[0]).toBe('checking');
    expect(await everything(db)).toEqual({ respondents: 0, memberships: 0, runs: 0, journal: 0 });
  });
});
