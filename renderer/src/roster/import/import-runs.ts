import { membershipKey } from '../../../../common/roster/respondent';
import type { OutpostDatabase } from '../../db/database';
import type { RespondentRow } from '../rows';

/**
 * A roster import in progress. It stores its rows in bounded chunks (one short
 * transaction each) and writes, in the same transaction as each chunk, what that
 * chunk changed. While the run row exists the list does not show its new rows
 * (see the list view and "Send to QMob"), so the user sees the import appear in
 * one step when the run row is deleted, or not at all: a cancel, a failure or a
 * window closed halfway undoes the chunks from the journal.
 */
export interface ImportRunRow {
  id: string;
  listId: string;
  accountId: string;
  /** 'storing' while chunks are written; 'undoing' once it must disappear again. */
  state: 'storing' | 'undoing';
  startedAt: number;
}

/** What one committed chunk changed, enough to put everything back. */
export interface ImportJournalRow {
  /** `${runId}:${seq}` with seq zero-padded, so the journal sorts in commit order. */
  id: string;
  runId: string;
  /** Respondents that got a membership of the run's list (respondent ids: the list is the run's). */
  createdMembers: string[];
  /** Respondents the chunk created; null when they are exactly `createdMembers` (a fresh import: half the journal). */
  createdRespondents: string[] | null;
  /** Respondents the chunk overwrote, as they were before. */
  replacedRespondents: RespondentRow[];
  /** Memberships whose outboxId the chunk cleared (changed details must reach QMob again), with the old value. */
  requeued: { id: string; outboxId: string | null }[];
}

export const journalId = (runId: string, seq: number): string => `${runId}:${String(seq).padStart(8, '0')}`;

/** Web Lock held by the code that runs an import, so recovery never undoes an import that is still running. */
export const runLockName = (runId: string): string => `outpost-roster-import:${runId}`;

export async function activeRunOfList(db: OutpostDatabase, listId: string): Promise<ImportRunRow | undefined> {
  return db.importRuns.where('listId').equals(listId).first();
}

/**
 * Undoes a run, newest chunk first, one journal row per transaction (bounded
 * work each, and a crash in between resumes where it stopped). A respondent the
 * import created is kept if something else has put it into another list since.
 */
export async function undoRun(
  db: OutpostDatabase,
  runId: string,
  onProgress?: (undoneChunks: number, totalChunks: number) => void,
): Promise<void> {
  const run = await db.importRuns.get(runId);
  if (!run) return;
  await db.importRuns.update(runId, { state: 'undoing' });
  const total = await db.importJournal.where('runId').equals(runId).count();
  let undone = 0;
  onProgress?.(0, total);
  for (;;) {
    const more = await db.transaction('rw', db.importJournal, db.respondents, db.memberships, async () => {
      const entry = await db.importJournal.where('runId').equals(runId).last();
      if (!entry) return false;
      await db.memberships.bulkDelete(entry.createdMembers.map((id) => membershipKey(run.listId, id)));
      const created = entry.createdRespondents ?? entry.createdMembers;
      const stillMember = new Set(
        (await db.memberships.where('respondentId').anyOf(created).toArray()).map(
          (membership) => membership.respondentId,
        ),
      );
      await db.respondents.bulkDelete(created.filter((id) => !stillMember.has(id)));
      await db.respondents.bulkPut(entry.replacedRespondents);
      for (const { id, outboxId } of entry.requeued) await db.memberships.update(id, { outboxId });
      await db.importJournal.delete(entry.id);
      return true;
    });
    if (!more) break;
    undone += 1;
    onProgress?.(undone, total);
  }
  await db.importRuns.delete(runId);
}

/** Makes a finished run visible: the journal is dropped and the run row goes, in one transaction. */
export async function finishRun(db: OutpostDatabase, runId: string): Promise<void> {
  await db.transaction('rw', db.importRuns, db.importJournal, async () => {
    await db.importJournal.where('runId').equals(runId).delete();
    await db.importRuns.delete(runId);
  });
}

type LockManagerLike = {
  request: (
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<void>,
  ) => Promise<void>;
};

function lockManager(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks ?? null;
}

/** Runs `body` while holding the run's lock (where Web Locks exist; plain Node tests have none). */
export async function holdingRunLock<T>(runId: string, body: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return body();
  let result: { value: T } | null = null;
  await locks.request(runLockName(runId), {}, async () => {
    result = { value: await body() };
  });
  if (!result) throw new Error('the import lock was not granted');
  return (result as { value: T }).value;
}

/**
 * At start: every run whose code is no longer running (the window was closed or
 * crashed mid-import) is undone, so a half-stored import never becomes visible.
 */
export async function recoverInterruptedImports(db: OutpostDatabase): Promise<number> {
  const runs = await db.importRuns.toArray();
  const locks = lockManager();
  let recovered = 0;
  for (const run of runs) {
    if (!locks) {
      await undoRun(db, run.id);
      recovered += 1;
      continue;
    }
    await locks.request(runLockName(run.id), { ifAvailable: true }, async (lock) => {
      if (lock === null) return; // Still running elsewhere: its own code finishes or undoes it.
      await undoRun(db, run.id);
      recovered += 1;
    });
  }
  return recovered;
}
