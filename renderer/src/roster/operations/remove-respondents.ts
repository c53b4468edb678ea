import { ok } from '../../../../common/result';
import { inBatches } from '../../../../common/roster/batching';
import { said } from '../../../../common/i18n/phrase';
import { refusalWords, rosterRefusal, type RosterResult } from '../../../../common/roster/roster-error';
import { removalsLeavingNoList } from '../../../../common/roster/list-rules';
import { membershipKey } from '../../../../common/roster/respondent';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import type { OutpostDatabase } from '../../db/database';
import { queue } from '../../../../common/outbox/transitions';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';

export interface RemovalPlan {
  /** Removals QMob would refuse: the respondent is in no other list. */
  blocked: RuleViolation[];
  /** Respondent ids that can go. */
  removable: string[];
}

export interface RemovalResult extends RemovalPlan {
  removed: number;
  items: number;
}

/**
 * Works out which removals QMob would accept. A respondent QMob has been told
 * about must stay in at least one list; one that was never queued exists only
 * here and may simply be deleted.
 */
export async function planRemoval(
  db: OutpostDatabase,
  listId: string,
  respondentIds: readonly string[],
): Promise<RemovalPlan> {
  const ids = [...new Set(respondentIds)];
  const memberships = await db.memberships.where('respondentId').anyOf(ids).toArray();
  const listCount = new Map<string, number>();
  for (const membership of memberships)
    listCount.set(membership.respondentId, (listCount.get(membership.respondentId) ?? 0) + 1);
  const here = new Map(memberships.filter((m) => m.listId === listId).map((m) => [m.respondentId, m] as const));
  const knownToQmob = ids.filter((id) => here.get(id)?.outboxId != null);
  const rows = await db.respondents.bulkGet(knownToQmob);
  const usernameOf = new Map(rows.flatMap((row) => (row ? [[row.username, row.id] as const] : [])));
  const blocked = removalsLeavingNoList(
    [...usernameOf.keys()],
    (username) => listCount.get(usernameOf.get(username) ?? '') ?? 0,
  );
  const blockedIds = new Set(blocked.map((v) => usernameOf.get(v.username ?? '')));
  return { blocked, removable: ids.filter((id) => here.has(id) && !blockedIds.has(id)) };
}

/** Removes what may be removed (the plan's `removable`), queuing remove_respondents_from_list for what QMob knows. */
export async function removeRespondents(
  db: OutpostDatabase,
  input: { listId: string; respondentIds: readonly string[]; batchSize: number },
  now = Date.now(),
): Promise<RosterResult<RemovalResult>> {
  const tables = [db.rosterLists, db.memberships, db.respondents, db.outbox];
  return db.transaction('rw', tables, async (): Promise<RosterResult<RemovalResult>> => {
    const list = await db.rosterLists.get(input.listId);
    if (!list) return rosterRefusal('roster.list-missing', said(refusalWords.listMissing));
    const plan = await planRemoval(db, list.id, input.respondentIds);
    const memberships = (await db.memberships.bulkGet(plan.removable.map((id) => membershipKey(list.id, id)))).flatMap(
      (m) => (m ? [m] : []),
    );
    const toTell = memberships.filter((m) => m.outboxId !== null).map((m) => m.respondentId);
    const onlyLocal = memberships.filter((m) => m.outboxId === null).map((m) => m.respondentId);
    const usernames = (await db.respondents.bulkGet(toTell)).flatMap((row) => (row ? [row.username] : []));
    const items: OutboxItem[] = inBatches(usernames, input.batchSize).map((batch) =>
      queue(
        {
          accountId: list.accountId,
          // The list's name only: what the item does is said from its payload, in the reader's language.
          label: list.name,
          payload: { kind: 'qmob.remove-respondents', listId: list.groupId, usernames: batch },
        },
        now,
        crypto.randomUUID(),
      ),
    );
    await outboxStoreFor(db).add(items);
    await db.memberships.bulkDelete(memberships.map((m) => m.id));
    // A respondent QMob never heard of and now in no list is simply gone.
    const stillListed = new Set(
      (await db.memberships.where('respondentId').anyOf(onlyLocal).toArray()).map((m) => m.respondentId),
    );
    await db.respondents.bulkDelete(onlyLocal.filter((id) => !stillListed.has(id)));
    return ok({ ...plan, removed: memberships.length, items: items.length });
  });
}
