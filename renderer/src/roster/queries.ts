import { respondentKey } from '../../../common/roster/respondent';
import type { OutpostDatabase } from '../db/database';
import type { MembershipRow, RespondentRow, RosterListRow } from './rows';

/**
 * Reads for the roster view. Respondents of a list are walked through the
 * [listId+respondentId] index, whose keys sort by username (respondentKey), so a
 * page of a 100,000-row list is an index range with offset and limit, never the
 * whole list in memory; a username search is a narrower range.
 */
function listRange(list: RosterListRow, usernamePrefix: string): [[string, string], [string, string]] {
  const from = respondentKey(list.accountId, usernamePrefix);
  return [[list.id, from], [list.id, `${from}\uffff`]];
}

export async function countInList(db: OutpostDatabase, list: RosterListRow, usernamePrefix: string): Promise<number> {
  const [lower, upper] = listRange(list, usernamePrefix);
  return db.memberships.where('[listId+respondentId]').between(lower, upper, true, true).count();
}

export interface RosterRow {
  membership: MembershipRow;
  respondent: RespondentRow | undefined;
}

export async function pageOfList(db: OutpostDatabase, list: RosterListRow, usernamePrefix: string, offset: number, limit: number): Promise<RosterRow[]> {
  const [lower, upper] = listRange(list, usernamePrefix);
  const memberships = await db.memberships.where('[listId+respondentId]').between(lower, upper, true, true).offset(offset).limit(limit).toArray();
  const respondents = await db.respondents.bulkGet(memberships.map((m) => m.respondentId));
  return memberships.map((membership, index) => ({ membership, respondent: respondents[index] }));
}

/** Every respondent id of the list matching the search: for "select all". */
export async function respondentIdsInList(db: OutpostDatabase, list: RosterListRow, usernamePrefix: string): Promise<string[]> {
  const [lower, upper] = listRange(list, usernamePrefix);
  const keys = await db.memberships.where('[listId+respondentId]').between(lower, upper, true, true).keys();
  return keys.flatMap((key) => (Array.isArray(key) && typeof key[1] === 'string' ? [key[1]] : []));
}

export const waitingToQueue = (db: OutpostDatabase, listId: string): Promise<number> =>
  db.memberships.where('listId').equals(listId).filter((m) => m.outboxId === null).count();

