import { ok } from '../../../../common/result';
import { inBatches } from '../../../../common/roster/batching';
import { said } from '../../../../common/i18n/phrase';
import { refusalWords, rosterRefusal, type RosterResult } from '../../../../common/roster/roster-error';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import type { OutpostDatabase } from '../../db/database';
import { queue } from '../../../../common/outbox/transitions';
import { toQmobRespondent } from './qmob-respondent';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';
import { discardedAddsOf } from '../queries';

export interface AddOptions {
  listId: string;
  batchSize: number;
  /** QMob no_password: respondents may set a password or leave it blank. */
  noPassword: boolean;
  /** QMob overwrite: replace conflicting respondents; also what makes a repeated batch harmless. */
  overwrite: boolean;
}

export interface QueuedAdds {
  items: number;
  respondents: number;
}

/**
 * Queues add_respondent batches for every respondent of the list that QMob has
 * not been asked about yet, in the same transaction that marks them queued, so a
 * respondent is never queued twice nor forgotten.
 */
export async function queueListAdds(
  db: OutpostDatabase,
  options: AddOptions,
  now = Date.now(),
): Promise<RosterResult<QueuedAdds>> {
  const tables = [db.rosterLists, db.memberships, db.respondents, db.outbox, db.importRuns];
  return db.transaction('rw', tables, async (): Promise<RosterResult<QueuedAdds>> => {
    const list = await db.rosterLists.get(options.listId);
    if (!list) return rosterRefusal('roster.list-missing', said(refusalWords.listMissing));
    // Rows of an import still being stored may yet be undone: they must not reach QMob first.
    if ((await db.importRuns.where('listId').equals(list.id).count()) > 0)
      return rosterRefusal('roster.import-running', said(refusalWords.importRunning));
    const discarded = await discardedAddsOf(db, list);
    const waiting = await db.memberships
      .where('listId')
      .equals(list.id)
      .filter((membership) => membership.outboxId === null || discarded.has(membership.outboxId))
      .toArray();
    if (waiting.length === 0) return ok({ items: 0, respondents: 0 });
    const rows = await db.respondents.bulkGet(waiting.map((membership) => membership.respondentId));
    const pairs = waiting.flatMap((membership, index) => {
      const row = rows[index];
      return row ? [{ membership, row }] : [];
    });
    const items: OutboxItem[] = [];
    for (const batch of inBatches(pairs, options.batchSize)) {
      const item = queue(
        {
          accountId: list.accountId,
          // The list's name only: what the item does is said from its payload, in the reader's language.
          label: list.name,
          payload: {
            kind: 'qmob.add-respondents',
            listId: list.groupId,
            noPassword: options.noPassword,
            overwrite: options.overwrite,
            respondents: batch.map(({ row }) => toQmobRespondent(row)),
          },
        },
        now,
        crypto.randomUUID(),
      );
      items.push(item);
      for (const { membership } of batch) membership.outboxId = item.id;
    }
    await outboxStoreFor(db).add(items);
    await db.memberships.bulkPut(pairs.map(({ membership }) => membership));
    return ok({ items: items.length, respondents: pairs.length });
  });
}
