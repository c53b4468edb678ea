import {
  membershipKey,
  normaliseDraft,
  respondentKey,
  type RespondentDraft,
  type SampleFieldConfig,
} from '../../../../common/roster/respondent';
import { checkRespondent, formLocation } from '../../../../common/roster/respondent-rules';
import { ok } from '../../../../common/result';
import { brokenRules, refusalWords, rosterRefusal, type RosterResult } from '../../../../common/roster/roster-error';
import { hasErrors, violation } from '../../../../common/roster/rule-violation';
import type { OutboxItem, OutboxPayload } from '../../../../common/outbox/outbox-item';
import { canReplace, hasLeftTheOutbox } from '../../../../common/outbox/states';
import { queue } from '../../../../common/outbox/transitions';
import type { OutpostDatabase } from '../../db/database';
import { outboxStoreFor } from '../../outbox/dexie-outbox-store';
import type { MembershipRow, RespondentRow } from '../rows';
import { toQmobRespondent } from './qmob-respondent';
import { defineMessages, said } from '../../../../common/i18n/phrase';
import { coreFieldLabel } from '../../../../common/roster/respondent';
import { currentIntl } from '../../i18n/current-intl';

const words = defineMessages({
  taken: { id: 'roster.edit.taken', defaultMessage: 'Another respondent already has the username {username}.' },
  takenAction: { id: 'roster.edit.taken.action', defaultMessage: 'Choose another username.' },
  knownByOldName: {
    id: 'roster.edit.knownByOldName',
    defaultMessage: 'QMob already knows this respondent by the old username, so it cannot be changed here.',
  },
  knownByOldNameAction: {
    id: 'roster.edit.knownByOldName.action',
    defaultMessage: 'Keep the username, or add the person as a new respondent.',
  },
});

export interface Edited {
  replacedItems: number;
  newItems: number;
}

function mentions(payload: OutboxPayload, username: string): boolean {
  switch (payload.kind) {
    case 'qmob.add-respondents':
      return payload.respondents.some((r) => r.username === username);
    case 'qmob.copy-respondents':
    case 'qmob.remove-respondents':
      return payload.usernames.includes(username);
    default:
      return false;
  }
}

function corrected(payload: OutboxPayload, before: string, after: RespondentRow): OutboxPayload {
  switch (payload.kind) {
    case 'qmob.add-respondents':
      return {
        ...payload,
        respondents: payload.respondents.map((r) => (r.username === before ? toQmobRespondent(after) : r)),
      };
    case 'qmob.copy-respondents':
    case 'qmob.remove-respondents':
      return { ...payload, usernames: payload.usernames.map((u) => (u === before ? after.username : u)) };
    default:
      return payload;
  }
}

/**
 * Whether an add of the respondent to this QMob list left the outbox: then QMob has them, and the
 * follow-up updates them; after only discarded adds it adds them (and says so).
 */
const onQmobAlready = (candidates: readonly OutboxItem[], groupId: string): boolean =>
  candidates.some(
    (item) => hasLeftTheOutbox(item) && item.payload.kind === 'qmob.add-respondents' && item.payload.listId === groupId,
  );

/**
 * Saves an edited respondent and makes the outbox follow: every not-yet-sent item
 * that carries the respondent is replaced by a corrected item (linked both ways
 * through replaces / replacedBy), and lists whose add already left the outbox get
 * a new single-respondent add (with overwrite) so QMob receives the new details.
 */
export async function editRespondent(
  db: OutpostDatabase,
  input: { respondentId: string; draft: RespondentDraft; sampleFields: readonly SampleFieldConfig[] },
  now = Date.now(),
): Promise<RosterResult<Edited>> {
  const draft = normaliseDraft(input.draft);
  const problems = checkRespondent(draft, input.sampleFields, formLocation(currentIntl()));
  if (hasErrors(problems)) return brokenRules(problems);

  return db.transaction(
    'rw',
    [db.respondents, db.memberships, db.outbox, db.rosterLists],
    async (): Promise<RosterResult<Edited>> => {
      const before = await db.respondents.get(input.respondentId);
      if (!before) return rosterRefusal('roster.respondent-missing', said(refusalWords.respondentMissing));
      const after: RespondentRow = {
        ...before,
        ...draft,
        id: respondentKey(before.accountId, draft.username),
        updatedAt: now,
      };
      const renamed = after.id !== before.id;

      // Through the account index: the items of this QMob account only. Through the state index every item
      // in those states would be opened (decrypted) to be filtered, a season's delivered responses included.
      const candidates = await db.outbox
        .where('accountId')
        .equals(before.accountId)
        .filter(
          (item) =>
            (canReplace(item) || hasLeftTheOutbox(item) || item.state === 'discarded') &&
            mentions(item.payload, before.username),
        )
        .toArray();
      if (renamed) {
        if (await db.respondents.get(after.id))
          return brokenRules([
            violation({
              row: 0,
              column: coreFieldLabel(currentIntl(), 'username'),
              rule: 'username-duplicate-in-file',
              message: said(words.taken, { username: draft.username }),
              action: said(words.takenAction),
            }),
          ]);
        if (candidates.some(hasLeftTheOutbox)) {
          return brokenRules([
            violation({
              row: 0,
              column: coreFieldLabel(currentIntl(), 'username'),
              rule: 'username-characters',
              message: said(words.knownByOldName),
              action: said(words.knownByOldNameAction),
            }),
          ]);
        }
      }

      const store = outboxStoreFor(db);
      const replaceable = candidates.filter(canReplace);
      const replacements = new Map<string, OutboxItem>();
      for (const old of replaceable) {
        const next = await store.replace(old.id, corrected(old.payload, before.username, after), now);
        // Inside this transaction nothing else moved the item: a refusal here is a bug, and undoes the edit.
        if (!next.ok) throw new Error(next.error.message);
        replacements.set(old.id, next.value);
      }

      // Memberships point at the items now carrying them: the replacements.
      const memberships = await membershipsCarriedBy(db, replaceable);
      for (const membership of memberships)
        membership.outboxId = replacements.get(membership.outboxId ?? '')?.id ?? membership.outboxId;

      // Lists whose add already went out get a follow-up add with the new details; so do lists whose add was
      // discarded (never sent): editing the respondent is the worker saying it is ready to go now.
      const changedMemberships = new Map<string, MembershipRow>(memberships.map((m) => [m.id, m]));
      const own = (await db.memberships.where('respondentId').equals(before.id).toArray()).map(
        (m) => changedMemberships.get(m.id) ?? m,
      );
      for (const membership of own) changedMemberships.set(membership.id, membership);
      const sentItemIds = new Set(
        candidates
          .filter(
            (item) =>
              (hasLeftTheOutbox(item) || item.state === 'discarded') && item.payload.kind === 'qmob.add-respondents',
          )
          .map((item) => item.id),
      );
      const followUps: OutboxItem[] = [];
      for (const membership of own) {
        if (membership.outboxId === null || !sentItemIds.has(membership.outboxId)) continue;
        const list = await db.rosterLists.get(membership.listId);
        const sent = candidates.find((item) => item.id === membership.outboxId);
        if (!list || !sent || sent.payload.kind !== 'qmob.add-respondents') continue;
        const item = queue(
          {
            accountId: list.accountId,
            // The list's name only: what the item does is said from its payload, in the reader's language.
            label: list.name,
            payload: {
              kind: 'qmob.add-respondents',
              listId: list.groupId,
              noPassword: sent.payload.noPassword,
              overwrite: true,
              respondents: [toQmobRespondent(after)],
              ...(onQmobAlready(candidates, list.groupId) ? { update: true as const } : {}),
            },
          },
          now,
          crypto.randomUUID(),
        );
        followUps.push(item);
        membership.outboxId = item.id;
      }
      await store.add(followUps);

      if (renamed) {
        await db.respondents.delete(before.id);
        for (const membership of own) {
          changedMemberships.delete(membership.id);
          await db.memberships.delete(membership.id);
          const moved = { ...membership, id: membershipKey(membership.listId, after.id), respondentId: after.id };
          changedMemberships.set(moved.id, moved);
        }
      }
      await db.respondents.put(after);
      await db.memberships.bulkPut([...changedMemberships.values()]);
      return ok({ replacedItems: replacements.size, newItems: followUps.length });
    },
  );
}

/** The memberships an add or copy item carries, found through its list and usernames (no index on outboxId needed). */
async function membershipsCarriedBy(db: OutpostDatabase, items: readonly OutboxItem[]): Promise<MembershipRow[]> {
  const found: MembershipRow[] = [];
  for (const item of items) {
    const { payload } = item;
    if (payload.kind !== 'qmob.add-respondents' && payload.kind !== 'qmob.copy-respondents') continue;
    const usernames =
      payload.kind === 'qmob.add-respondents' ? payload.respondents.map((r) => r.username) : payload.usernames;
    const lists = await db.rosterLists
      .where('groupId')
      .equals(payload.listId)
      .filter((list) => list.accountId === item.accountId)
      .toArray();
    for (const list of lists) {
      const keys = usernames.map((username) => membershipKey(list.id, respondentKey(item.accountId, username)));
      for (const membership of await db.memberships.bulkGet(keys))
        if (membership && membership.outboxId === item.id) found.push(membership);
    }
  }
  return found;
}
