import { DEFAULT_PREVIEW_LIST_MAX, previewListFull, usernameInOtherList } from '../../../../common/roster/list-rules';
import { membershipKey, respondentKey } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import type { OutpostDatabase } from '../../db/database';
import type { Row } from '../../db/vault/sealing-middleware';
import type { MembershipRow, RespondentRow, RosterListRow } from '../rows';
import { journalId, type ImportJournalRow } from './import-runs';
import type { AcceptedRow } from './validate-stream';

/** Rows per transaction: small enough that a commit (and so a cancel) takes well under a second, large enough to amortise it. */
export const STORE_CHUNK_ROWS = 5_000;

export interface ChunkContext {
  runId: string;
  list: RosterListRow;
  usernameColumn: string;
  /** Names of the account's lists, for the "already in another list" warning. */
  listNames: ReadonlyMap<string, string>;
  now: number;
}

export interface ChunkResult {
  stored: number;
  newRespondents: number;
  /** New members taken into the list (they count against a preview list's maximum). */
  newMembers: number;
  refused: RuleViolation[];
  warnings: RuleViolation[];
}

/**
 * The stored respondents among `ids` (undefined where none). One get per key is
 * one IndexedDB request each, which doubles the cost of a chunk; so the keys in
 * the chunk's key range are read first in one request (usernames of a file are
 * mostly new, and often sorted), and only those that exist are fetched whole.
 * That read stops at four keys per id: a range holding many more is an unsorted
 * file into a big account, where asking per key is cheaper.
 */
async function existingRespondents(
  db: OutpostDatabase,
  ids: readonly string[],
): Promise<(RespondentRow | undefined)[]> {
  const sorted = [...ids].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const most = ids.length * 4;
  const keys = await db.respondents
    .where(':id')
    .between(first, last, true, true)
    .limit(most + 1)
    .primaryKeys();
  if (keys.length > most) return db.respondents.bulkGet([...ids]);
  const present = new Set(keys);
  const found = ids.filter((id) => present.has(id));
  if (found.length === 0) return ids.map(() => undefined);
  const rows = new Map((await db.respondents.bulkGet(found)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return ids.map((id) => rows.get(id));
}

const sameDetails = (a: RespondentRow, b: RespondentRow): boolean =>
  a.phonenumber === b.phonenumber &&
  a.email === b.email &&
  JSON.stringify(a.sampleFields) === JSON.stringify(b.sampleFields);

/** A chunk ready to be stored: its respondents as they will be written, sealed ahead of the transaction. */
export interface PreparedChunk {
  rows: readonly AcceptedRow[];
  ids: string[];
  respondents: RespondentRow[];
  /** respondents[i] as IndexedDB will hold it. */
  sealed: Row[];
}

/**
 * Builds the chunk's respondent rows and seals them natively, before and
 * outside the transaction (see FieldCipher.sealMany): the import prepares the
 * next chunk while the one before is being written. Rows the transaction finds
 * unchanged are simply not written.
 */
export async function prepareChunk(
  db: OutpostDatabase,
  context: ChunkContext,
  rows: readonly AcceptedRow[],
): Promise<PreparedChunk> {
  const { list, now } = context;
  const ids = rows.map((row) => respondentKey(list.accountId, row.draft.username));
  const respondents = rows.map(
    ({ draft }, index): RespondentRow => ({
      id: ids[index] ?? respondentKey(list.accountId, draft.username),
      accountId: list.accountId,
      username: draft.username,
      phonenumber: draft.phonenumber,
      email: draft.email,
      sampleFields: draft.sampleFields,
      updatedAt: now,
    }),
  );
  return { rows, ids, respondents, sealed: await db.sealAhead(db.respondents, respondents) };
}

/**
 * Stores one prepared chunk and, in the same transaction, the journal
 * entry that undoes it. Existing rows are re-read inside the transaction, so
 * usernames stay unique per account even if the roster changed meanwhile.
 * `capacity` is how many new members the list may still take (Infinity unless preview).
 */
export async function storeChunk(
  db: OutpostDatabase,
  context: ChunkContext,
  chunk: PreparedChunk,
  seq: number,
  capacity: number,
  signal?: AbortSignal,
): Promise<ChunkResult> {
  const { list, now } = context;
  return db.transaction('rw', db.respondents, db.memberships, db.importJournal, async (transaction) => {
    // A cancel aborts the chunk being written: it vanishes whole (its journal entry with it), so Cancel never waits for a commit.
    const abort = (): void => transaction.abort();
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    transaction.on('complete', () => signal?.removeEventListener('abort', abort));
    transaction.on('abort', () => signal?.removeEventListener('abort', abort));
    const { rows, ids } = chunk;
    const before = await existingRespondents(db, ids);
    const knownIds = ids.filter((_, index) => before[index] !== undefined);
    const memberOf = new Set<string>();
    const otherListsOf = new Map<string, string[]>();
    if (knownIds.length > 0) {
      for (const membership of await db.memberships.where('respondentId').anyOf(knownIds).toArray()) {
        if (membership.listId === list.id) memberOf.add(membership.respondentId);
        else
          otherListsOf.set(membership.respondentId, [
            ...(otherListsOf.get(membership.respondentId) ?? []),
            context.listNames.get(membership.listId) ?? membership.listId,
          ]);
      }
    }

    const refused: RuleViolation[] = [];
    const warnings: RuleViolation[] = [];
    const created: Row[] = [];
    const replaced: Row[] = [];
    const memberships: MembershipRow[] = [];
    const requeue: string[] = [];
    const journal: ImportJournalRow = {
      id: journalId(context.runId, seq),
      runId: context.runId,
      createdRespondents: [],
      createdMembers: [],
      replacedRespondents: [],
      requeued: [],
    };
    const createdIds: string[] = [];
    let left = capacity;
    let storedCount = 0;
    rows.forEach(({ row, draft }, index) => {
      const id = ids[index] ?? respondentKey(list.accountId, draft.username);
      const respondent = chunk.respondents[index];
      const sealed = chunk.sealed[index];
      if (!respondent || !sealed) throw new Error('a prepared chunk lost a row');
      const previous = before[index];
      const isMember = memberOf.has(id);
      if (!isMember && left <= 0) {
        refused.push(
          previewListFull(row, context.usernameColumn, draft.username, list.previewMax ?? DEFAULT_PREVIEW_LIST_MAX),
        );
        return;
      }
      storedCount += 1;
      const others = otherListsOf.get(id);
      if (others) warnings.push(usernameInOtherList(row, context.usernameColumn, draft.username, others));
      if (!isMember) {
        left -= 1;
        const membership = membershipKey(list.id, id);
        memberships.push({ id: membership, listId: list.id, respondentId: id, outboxId: null, addedAt: now });
        journal.createdMembers.push(id);
      }
      if (previous && sameDetails(previous, respondent)) return;
      if (previous) {
        replaced.push(sealed);
        journal.replacedRespondents.push(previous);
        // Changed details of a respondent already in this list must reach QMob again.
        if (isMember) requeue.push(membershipKey(list.id, id));
      } else {
        created.push(sealed);
        createdIds.push(id);
      }
    });

    if (requeue.length > 0) {
      const queued = await db.memberships.bulkGet(requeue);
      journal.requeued = queued.flatMap((membership) =>
        membership ? [{ id: membership.id, outboxId: membership.outboxId }] : [],
      );
      await db.memberships.where(':id').anyOf(requeue).modify({ outboxId: null });
    }
    const sameAsMembers =
      createdIds.length === journal.createdMembers.length &&
      createdIds.every((id, i) => journal.createdMembers[i] === id);
    journal.createdRespondents = sameAsMembers ? null : createdIds;
    // New rows are added (what they are: the lookup above found none); only changed ones are put over the old.
    // Both are written as they were sealed ahead: the table of rows as IndexedDB holds them.
    const stored = db.table<Row, string>(db.respondents.name);
    await stored.bulkAdd(created);
    await stored.bulkPut(replaced);
    await db.memberships.bulkAdd(memberships);
    await db.importJournal.add(journal);
    return {
      stored: storedCount,
      newRespondents: createdIds.length,
      newMembers: memberships.length,
      refused,
      warnings,
    };
  });
}
