import { respondentKey } from '../../../common/roster/respondent';
import type { OutpostDatabase } from '../db/database';
import type { MembershipRow, RespondentRow, RosterListRow } from './rows';

/**
 * Reads for the roster view. Respondents of a list are found through the
 * [listId+respondentId] index, whose order is by username (respondentKey). The
 * view loads the list's membership keys (cheap: native getAllKeys, in chunks so
 * no single task is long) and fetches only the rows on screen by key, so even
 * the bottom of a 100,000-row list is one small read away.
 */
function listRange(list: RosterListRow, usernamePrefix: string): [[string, string], [string, string]] {
  const from = respondentKey(list.accountId, usernamePrefix);
  return [
    [list.id, from],
    [list.id, `${from}\uffff`],
  ];
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
  const [lower, upper] = listRange(list, usernamePrefix);
  const prefixLength = list.id.length + 1;
  const ids: string[] = [];
  let from: [string, string] = lower;
  let inclusive = true;
  for (;;) {
    // Primary keys are membershipKey(listId, respondentId): the respondent id follows the list id and '|'.
    const keys = await db.memberships
      .where('[listId+respondentId]')
      .between(from, upper, inclusive, true)
      .limit(KEY_CHUNK)
      .primaryKeys();
    for (const key of keys) ids.push(key.slice(prefixLength));
    const last = ids[ids.length - 1];
    if (keys.length < KEY_CHUNK || last === undefined) return ids;
    if (from === lower) onFirstChunk?.([...ids]);
    from = [list.id, last];
    inclusive = false;
  }
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
    db.memberships.where('[listId+respondentId]').between([list.id, first], [list.id, last], true, true).toArray(),
    // Respondents of other lists may sort in between; they are skipped below.
    db.respondents.where(':id').between(first, last, true, true).toArray(),
  ]);
  const respondentById = new Map(respondents.map((row) => [row.id, row] as const));
  return memberships.map((membership) => ({ membership, respondent: respondentById.get(membership.respondentId) }));
}

/**
 * Members not queued for QMob yet. Two index counts: [listId+outboxId] holds only
 * queued memberships (a null outboxId is not a key; outbox ids are ASCII UUIDs), so a 1.5-million-row list
 * is never read row by row, also not by the live query that shows this number.
 */
export async function waitingToQueue(db: OutpostDatabase, listId: string): Promise<number> {
  const list = await db.rosterLists.get(listId);
  const discarded = list ? await discardedAddsOf(db, list) : new Set<string>();
  const [members, queued, released] = await Promise.all([
    db.memberships.where('listId').equals(listId).count(),
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
