import {
  DEFAULT_PREVIEW_LIST_MAX,
  previewListFull,
  remainingCapacity,
  usernameInOtherList,
} from '../../../../common/roster/list-rules';
import { membershipKey, respondentKey } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import type { OutpostDatabase } from '../../db/database';
import type { MembershipRow, RespondentRow } from '../rows';
import { ImportCancelled, ImportFileError, type AcceptedRow } from './validate-stream';

export interface CommitResult {
  stored: number;
  newRespondents: number;
  /** Rows refused at commit time (a full preview list). */
  refused: RuleViolation[];
  warnings: RuleViolation[];
}

const sameDetails = (a: RespondentRow, b: Omit<RespondentRow, 'id' | 'accountId' | 'updatedAt'>): boolean =>
  a.phonenumber === b.phonenumber &&
  a.email === b.email &&
  JSON.stringify(a.sampleFields) === JSON.stringify(b.sampleFields);

/**
 * Stores the accepted rows in one read-write transaction: IndexedDB either
 * commits all of it or none of it, whether the user cancels, an error occurs or
 * the app is closed halfway. Re-reading what exists inside the transaction keeps
 * usernames unique per account even if the roster changed while the file was read.
 */
export async function commitImport(
  db: OutpostDatabase,
  input: {
    accountId: string;
    listId: string;
    usernameColumn: string;
    accepted: readonly AcceptedRow[];
    signal?: AbortSignal;
    now?: number;
  },
): Promise<CommitResult> {
  const now = input.now ?? Date.now();
  return db.transaction('rw', db.rosterLists, db.respondents, db.memberships, async () => {
    const list = await db.rosterLists.get(input.listId);
    if (!list || list.accountId !== input.accountId)
      throw new ImportFileError('The list to import into no longer exists.');

    const accountRange = [respondentKey(input.accountId, ''), respondentKey(input.accountId, '\uffff')] as const;
    const existingIds = new Set(
      await db.respondents.where(':id').between(accountRange[0], accountRange[1], true, true).primaryKeys(),
    );
    const existingMembers = new Set(await db.memberships.where('listId').equals(input.listId).primaryKeys());

    const refused: RuleViolation[] = [];
    const warnings: RuleViolation[] = [];
    let capacity = remainingCapacity(list, existingMembers.size);
    const toStore: { row: AcceptedRow; id: string; isMember: boolean }[] = [];
    for (const row of input.accepted) {
      const id = respondentKey(input.accountId, row.draft.username);
      const isMember = existingMembers.has(membershipKey(list.id, id));
      if (!isMember) {
        if (capacity <= 0) {
          refused.push(
            previewListFull(
              row.row,
              input.usernameColumn,
              row.draft.username,
              list.previewMax ?? DEFAULT_PREVIEW_LIST_MAX,
            ),
          );
          continue;
        }
        capacity -= 1;
      }
      toStore.push({ row, id, isMember });
    }

    // Respondents that already exist: warn when they sit in other lists, and keep queued state unless their details changed.
    const known = toStore.filter((entry) => existingIds.has(entry.id));
    const knownRows = new Map(
      (await db.respondents.bulkGet(known.map((entry) => entry.id))).flatMap((row) =>
        row ? [[row.id, row] as const] : [],
      ),
    );
    if (known.length > 0) {
      const otherMemberships = await db.memberships
        .where('respondentId')
        .anyOf(known.map((entry) => entry.id))
        .toArray();
      const listNames = new Map(
        (await db.rosterLists.where('accountId').equals(input.accountId).toArray()).map((l) => [l.id, l.name] as const),
      );
      const otherListsOf = new Map<string, string[]>();
      for (const membership of otherMemberships) {
        if (membership.listId === list.id) continue;
        otherListsOf.set(membership.respondentId, [
          ...(otherListsOf.get(membership.respondentId) ?? []),
          listNames.get(membership.listId) ?? membership.listId,
        ]);
      }
      for (const entry of known) {
        const others = otherListsOf.get(entry.id);
        if (others)
          warnings.push(usernameInOtherList(entry.row.row, input.usernameColumn, entry.row.draft.username, others));
      }
    }

    const respondents: RespondentRow[] = [];
    const memberships: MembershipRow[] = [];
    const requeue: string[] = [];
    for (const { row, id, isMember } of toStore) {
      const details = {
        username: row.draft.username,
        phonenumber: row.draft.phonenumber,
        email: row.draft.email,
        sampleFields: row.draft.sampleFields,
      };
      const before = knownRows.get(id);
      if (before && sameDetails(before, details)) {
        if (!isMember)
          memberships.push({
            id: membershipKey(list.id, id),
            listId: list.id,
            respondentId: id,
            outboxId: null,
            addedAt: now,
          });
        continue;
      }
      respondents.push({ id, accountId: input.accountId, ...details, updatedAt: now });
      if (!isMember)
        memberships.push({
          id: membershipKey(list.id, id),
          listId: list.id,
          respondentId: id,
          outboxId: null,
          addedAt: now,
        });
      // Changed details of a respondent already in this list must reach QMob again.
      else if (before) requeue.push(membershipKey(list.id, id));
    }

    if (input.signal?.aborted) throw new ImportCancelled();
    await db.respondents.bulkPut(respondents);
    if (input.signal?.aborted) throw new ImportCancelled();
    await db.memberships.bulkPut(memberships);
    if (requeue.length > 0) await db.memberships.where(':id').anyOf(requeue).modify({ outboxId: null });
    if (input.signal?.aborted) throw new ImportCancelled();
    return { stored: toStore.length, newRespondents: toStore.length - known.length, refused, warnings };
  });
}
