import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../common/roster/column-mapping';
import { membershipKey, respondentKey } from '../../../common/roster/respondent';
import type { OutpostDatabase } from '../../../renderer/src/db/database';
import { describeFailure } from '../../../renderer/src/roster/import/describe-failure';
import { recoverInterruptedImports } from '../../../renderer/src/roster/import/import-runs';
import { prepareChunk, storeChunk } from '../../../renderer/src/roster/import/store-chunk';
import type { AcceptedRow } from '../../../renderer/src/roster/import/validate-stream';
import { inspectFile } from '../../../renderer/src/roster/import/inspect-file';
import { runImport, type ImportOptions } from '../../../renderer/src/roster/import/run-import';
import type { StreamProgress } from '../../../renderer/src/roster/import/validate-stream';
import { queueListAdds } from '../../../renderer/src/roster/operations/queue-adds';
import { waitingToQueue } from '../../../renderer/src/roster/queries';
import { ACCOUNT, freshDatabase, sampleFields, utf8 } from './support';

/**
 * Issue 18: a 1.5-million-row import ran as one transaction (hours, gigabytes, no
 * cancel once storing). Imports now store in bounded chunks with an undo
 * journal; these tests pin the user's view: all of it or none of it.
 */
let db: OutpostDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const header = 'username,phonenumber,email,site_code,age';
const csv = (n: number, prefix = 'c', phone = (i: number) => `+${i}`): Blob =>
  utf8(`${header}\n${Array.from({ length: n }, (_, i) => `${prefix}${i},${phone(i)},,S,${i}`).join('\n')}\n`);

async function importFile(database: OutpostDatabase, file: Blob, options: ImportOptions = {}) {
  const inspected = await inspectFile(file);
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headers, signature, encoding } = inspected.value;
  return runImport(
    database,
    file,
    {
      accountId: ACCOUNT,
      listId: 'list-1',
      headers,
      signature,
      encoding,
      mapping: suggestMapping(headers, sampleFields),
      sampleFields,
    },
    { chunkRows: 100, ...options },
  );
}

async function everything(database: OutpostDatabase) {
  return {
    respondents: await database.respondents.orderBy('id').toArray(),
    memberships: await database.memberships.orderBy('id').toArray(),
    runs: await database.importRuns.count(),
    journal: await database.importJournal.count(),
  };
}

describe('chunked import, all or nothing as the user sees it', () => {
  it('stores in many chunks, reports checking then storing progress, and leaves no run or journal behind', async () => {
    ({ db } = await freshDatabase());
    const phases: StreamProgress['phase'][] = [];
    const outcome = await importFile(db, csv(1_050), { onProgress: (p) => phases.push(p.phase) });
    expect(outcome).toMatchObject({ stored: 1_050, newRespondents: 1_050, rejectedRows: 0 });
    expect(await db.memberships.where('listId').equals('list-1').count()).toBe(1_050);
    // Storing begins (0 stored), then one report per chunk of 100.
    expect(phases.filter((p) => p === 'storing').length).toBe(12);
    expect(phases.indexOf('storing')).toBeGreaterThan(phases.lastIndexOf('checking'));
    expect(await db.importRuns.count()).toBe(0);
    expect(await db.importJournal.count()).toBe(0);
  });

  it('a failure in a late chunk undoes every earlier chunk, including overwritten respondents and their queue state', async () => {
    ({ db } = await freshDatabase());
    // Before: 50 respondents already in the list and queued for QMob.
    await importFile(db, csv(50));
    await db.memberships.toCollection().modify({ outboxId: 'outbox-1' });
    const before = await everything(db);

    let chunks = 0;
    db.importJournal.hook('creating', () => {
      chunks += 1;
      if (chunks === 7) throw new Error('disk gave up');
    });
    // Same 50 with new phone numbers (overwrites, requeues), plus 950 new ones.
    await expect(
      importFile(
        db,
        csv(1_000, 'c', (i) => `+99${i}`),
      ),
    ).rejects.toThrow('disk gave up');
    expect(chunks).toBe(7);
    expect(await everything(db)).toEqual(before);
  });

  it('a cancel while storing stops within a chunk and leaves nothing', async () => {
    ({ db } = await freshDatabase());
    const controller = new AbortController();
    let storedWhenCancelled = 0;
    const progress: StreamProgress[] = [];
    await expect(
      importFile(db, csv(2_000), {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p);
          if (p.phase === 'storing' && p.stored >= 500 && !controller.signal.aborted) {
            storedWhenCancelled = p.stored;
            controller.abort();
          }
        },
      }),
    ).rejects.toThrow(/cancelled/);
    expect(storedWhenCancelled).toBeGreaterThanOrEqual(500);
    // At most the chunk in flight when the cancel came was written after it.
    const storingAfter = progress.filter((p) => p.phase === 'storing' && p.stored > storedWhenCancelled);
    expect(storingAfter.length).toBeLessThanOrEqual(1);
    expect(progress.some((p) => p.phase === 'undoing')).toBe(true);
    expect(await everything(db)).toEqual({ respondents: [], memberships: [], runs: 0, journal: 0 });
  });

  it('an import cut off by a closed window is undone at the next start', async () => {
    let lists;
    ({ db, lists } = await freshDatabase());
    const list = lists[0];
    if (!list) throw new Error('no list');
    await importFile(db, csv(10, 'keep'));
    const before = await everything(db);
    // The window closes after three chunks were committed: the run row and its journal are all that is left of the code.
    await db.importRuns.add({ id: 'run-1', listId: list.id, accountId: ACCOUNT, state: 'storing', startedAt: 0 });
    const context = { runId: 'run-1', list, usernameColumn: 'username', listNames: new Map(), now: 5 };
    const draft = (username: string, phonenumber: string) => ({
      username,
      phonenumber,
      email: '',
      sampleFields: { site_code: 'S' },
    });
    const store = async (rows: AcceptedRow[], seq: number): Promise<void> => {
      if (!db) throw new Error('no database');
      await storeChunk(db, context, await prepareChunk(db, context, rows), seq, Infinity);
    };
    await store(
      [
        { row: 2, draft: draft('keep1', '+changed') },
        { row: 3, draft: draft('new1', '+1') },
      ],
      1,
    );
    await store([{ row: 4, draft: draft('new2', '+2') }], 2);
    await store([{ row: 5, draft: draft('new3', '+3') }], 3);
    expect((await db.respondents.get(respondentKey(ACCOUNT, 'keep1')))?.phonenumber).toBe('+changed');

    expect(await recoverInterruptedImports(db)).toBe(1);
    expect(await everything(db)).toEqual(before);
  });

  it('nothing of an unfinished import can be queued for QMob', async () => {
    ({ db } = await freshDatabase());
    await db.importRuns.add({ id: 'run-1', listId: 'list-1', accountId: ACCOUNT, state: 'storing', startedAt: 0 });
    expect(
      await queueListAdds(db, { listId: 'list-1', batchSize: 100, noPassword: true, overwrite: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'roster.import-running', message: expect.stringMatching(/not finished/) },
    });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('storage', () => {
  it('a file that cannot fit is refused before anything is stored, in words a field worker can act on', async () => {
    ({ db } = await freshDatabase());
    const promise = importFile(db, csv(5_000), {
      estimateStorage: () => Promise.resolve({ quota: 2_000_000, usage: 1_000_000 }),
    });
    await expect(promise).rejects.toThrow(
      /needs about .* of storage.*only 1 MB more.*Free space on the disk.*split the file into parts of at most/,
    );
    expect(await everything(db)).toEqual({ respondents: [], memberships: [], runs: 0, journal: 0 });
  });

  it('a full disk while storing is said in words, not as QuotaExceededError', () => {
    const quota = Object.assign(new Error('QuotaExceededError'), {
      name: 'AbortError',
      inner: Object.assign(new Error('x'), { name: 'QuotaExceededError' }),
    });
    expect(describeFailure(quota)).toMatch(/ran out of space.*nothing was stored/);
    expect(describeFailure(quota)).not.toContain('QuotaExceededError');
  });
});

describe('not queued yet', () => {
  it('is counted from indexes, queued and not', async () => {
    ({ db } = await freshDatabase());
    await importFile(db, csv(30));
    await db.memberships
      .where(':id')
      .anyOf([membershipKey('list-1', respondentKey(ACCOUNT, 'c1'))])
      .modify({ outboxId: 'o' });
    expect(await waitingToQueue(db, 'list-1')).toBe(29);
  });
});
