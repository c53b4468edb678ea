import { ok } from '../../../../common/result';
import { inBatches } from '../../../../common/roster/batching';
import { said } from '../../../../common/i18n/phrase';
import { brokenRules, refusalWords, rosterRefusal, type RosterResult } from '../../../../common/roster/roster-error';
import { DEFAULT_PREVIEW_LIST_MAX, previewListFull, remainingCapacity } from '../../../../common/roster/list-rules';
import { membershipKey } from '../../../../common/roster/respondent';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import type { OutpostDatabase } from '../../db/database';
import { queue } from '../../../../common/outbox/transitions';
import type { MembershipRow } from '../rows';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';

export interface Copied {
  copied: number;
  items: number;
}

/**
 * Copies respondents into another list: the memberships locally and a
 * copy_respondents_to_list item for QMob, in one transaction. A preview list's
 * maximum is checked first, as QMob would refuse the whole request.
 */
export async function copyRespondents(
  db: OutpostDatabase,
  input: { toListId: string; respondentIds: readonly string[]; batchSize: number },
  now = Date.now(),
): Promise<RosterResult<Copied>> {
  return db.transaction(
    'rw',
    db.rosterLists,
    db.memberships,
    db.respondents,
    db.outbox,
    async (): Promise<RosterResult<Copied>> => {
      const target = await db.rosterLists.get(input.toListId);
      if (!target) return rosterRefusal('roster.list-missing', said(refusalWords.copyTargetMissing));
      const present = new Set(await db.memberships.where('listId').equals(target.id).primaryKeys());
      const incoming = [...new Set(input.respondentIds)].filter((id) => !present.has(membershipKey(target.id, id)));
      const respondents = (await db.respondents.bulkGet(incoming)).flatMap((row) =>
        row && row.accountId === target.accountId ? [row] : [],
      );
      const room = remainingCapacity(target, present.size);
      if (respondents.length > room) {
        const maximum = target.previewMax ?? DEFAULT_PREVIEW_LIST_MAX;
        return brokenRules(
          respondents.slice(Math.max(0, room)).map((row) => previewListFull(0, 'Lists', row.username, maximum)),
        );
      }
      if (respondents.length === 0) return ok({ copied: 0, items: 0 });
      const items: OutboxItem[] = [];
      const memberships: MembershipRow[] = [];
      for (const batch of inBatches(respondents, input.batchSize)) {
        const item = queue(
          {
            accountId: target.accountId,
            // The list's name only: what the item does is said from its payload, in the reader's language.
            label: target.name,
            payload: {
              kind: 'qmob.copy-respondents',
              listId: target.groupId,
              usernames: batch.map((row) => row.username),
            },
          },
          now,
          crypto.randomUUID(),
        );
        items.push(item);
        for (const row of batch)
          memberships.push({
            id: membershipKey(target.id, row.id),
            listId: target.id,
            respondentId: row.id,
            outboxId: item.id,
            addedAt: now,
          });
      }
      await outboxStoreFor(db).add(items);
      await db.memberships.bulkPut(memberships);
      return ok({ copied: respondents.length, items: items.length });
    },
  );
}
