import { membershipKey, respondentKey } from '../../../common/roster/respondent';
import type { OutpostDatabase } from '../db/database';
import type { MembershipRow, RespondentRow, RosterListRow } from './rows';

/**
 * Reads for the roster view. A membership's primary key is membershipKey(listId,
 * respondentId), so the members of a list are one range of the memberships'
 * primary keys, in username order (respondentKey). Reads use that range rather
 * than the listId indexes: Chromium checks every index entry against its record,
 * which makes counting or listing a list through an index about five to ten
 * times slower than through the primary keys (2.9 s against 0.2 s for a count of
 * 200,000). The view loads the list's keys in chunks (no single task is long)
 * and fetches only the rows on screen, so even the bottom of a 1.5-million-row
 * list is one small read away.
 */
export function memberKeyRange(listId: string, respondentIdPrefix = ''): [string, string] {
  const from = membershipKey(listId, respondentIdPrefix);
  return [from, `${from}\uffff`];
}

const KEY_CHUNK = 5_000;

/** Respondent ids of the list whose username starts with the prefix, in username order. */
export async function respondentIdsInList(
  db: OutpostDatabase,
  list: RosterListRow,
  usernamePrefix: string,
  /** Called once with the first chunk, so a view of 1.5 million rows shows its top before all keys are read. */
  onFirstChunk?: (ids: readonly string[]) => void,
): Promise<string[]> {
  const [lower, upper] = memberKeyRange(list.id, respondentKey(list.accountId, usernamePrefix));
  const prefixLength = membershipKey(list.id, '').length;
  const ids: string[] = [];
  let from = lower;
  let inclusive = true;
  for (;;) {
    const keys = await db.memberships.where(':id').between(from, upper, inclusive, true).limit(KEY_CHUNK).primaryKeys();
    for (const key of keys) ids.push(key.slice(prefixLength));
    const last = keys[keys.length - 1];
    if (keys.length < KEY_CHUNK || last === undefined) return ids;
    if (from === lower) onFirstChunk?.([...ids]);
    from = last;
    inclusive = false;
  }
}

/**
 * Reads the first key of the list, nothing more, for a live query that must run
 * again whenever a member of the list is added, removed or changed: Dexie
 * watches the whole key range a query asks for, whatever its limit. A count
 * would take time in proportion to the list (seconds at 1.5 million) before
 * the first row could show; a live query over all the keys would make Dexie
 * track every key.
 */
export async function watchListMembers(db: OutpostDatabase, listId: string): Promise<void> {
  const [lower, upper] = memberKeyRange(listId);
  await db.memberships.where(':id').between(lower, upper, true, true).limit(1).primaryKeys();
}

export interface RosterRow {
  membership: MembershipRow;
  respondent: RespondentRow | undefined;
}

/**
 * The rows for consecutive respondent ids of one list (a slice of
 * respondentIdsInList). Both reads are single key ranges (native getAll), which
 * is far cheaper than one get per row, also for Dexie's live-query tracking.
 */
export async function rowsOfList(
  db: OutpostDatabase,
  list: RosterListRow,
  respondentIds: readonly string[],
): Promise<RosterRow[]> {
  const first = respondentIds[0];
  const last = respondentIds[respondentIds.length - 1];
  if (first === undefined || last === undefined) return [];
  const [memberships, respondents] = await Promise.all([
    db.memberships
      .where(':id')
      .between(membershipKey(list.id, first), membershipKey(list.id, last), true, true)
      .toArray(),
    // Respondents of other lists may sort in between; they are skipped below.
    db.respondents.where(':id').between(first, last, true, true).toArray(),
  ]);
  const respondentById = new Map(respondents.map((row) => [row.id, row] as const));
  return memberships.map((membership) => ({ membership, respondent: respondentById.get(membership.respondentId) }));
}

/**
 * Members not queued for QMob yet. Two counts: the list's key range, and [listId+outboxId], which holds
 * only queued memberships (a null outboxId is not a key; outbox ids are ASCII UUIDs), so a 1.5-million-row
 * list is never read row by row, also not by the live query that shows this number. Both still take time
 * in proportion to the list (about a second per million members): the view asks only after its first rows.
 */
export async function waitingToQueue(db: OutpostDatabase, listId: string): Promise<number> {
  const [lower, upper] = memberKeyRange(listId);
  const list = await db.rosterLists.get(listId);
  const discarded = list ? await discardedAddsOf(db, list) : new Set<string>();
  const [members, queued, released] = await Promise.all([
    db.memberships.where(':id').between(lower, upper, true, true).count(),
    db.memberships.where('[listId+outboxId]').between([listId, ''], [listId, '\uffff']).count(),
    Promise.all(
      [...discarded].map((id) => db.memberships.where('[listId+outboxId]').equals([listId, id]).count()),
    ).then((counts) => counts.reduce((sum, count) => sum + count, 0)),
  ]);
  return members - queued + released;
}

/**
 * The add batches of this list that the user discarded. Their members were never added, so they
 * count as not queued: the next send takes them again, an edit queues the edited one.
 */
export async function discardedAddsOf(
  db: OutpostDatabase,
  list: Pick<RosterListRow, 'accountId' | 'groupId'>,
): Promise<Set<string>> {
  const items = await db.outbox
    .where('state')
    .equals('discarded')
    .filter(
      (item) =>
        item.accountId === list.accountId &&
        item.payload.kind === 'qmob.add-respondents' &&
        item.payload.listId === list.groupId,
    )
    .toArray();
  return new Set(items.map((item) => item.id));
}
