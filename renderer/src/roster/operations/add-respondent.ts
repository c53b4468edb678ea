import { remainingCapacity, previewListFull, DEFAULT_PREVIEW_LIST_MAX } from '../../../../common/roster/list-rules';
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
import type { OutpostDatabase } from '../../db/database';
import { defineMessages, said } from '../../../../common/i18n/phrase';
import { coreFieldLabel } from '../../../../common/roster/respondent';
import { currentIntl } from '../../i18n/current-intl';

const words = defineMessages({
  exists: {
    id: 'roster.add.exists',
    defaultMessage: 'A respondent with the username {username} is already on this laptop.',
  },
  existsAction: {
    id: 'roster.add.exists.action',
    defaultMessage: 'Choose another username, or edit that respondent (or copy them to this list) instead.',
  },
});

export interface Added {
  respondentId: string;
}

/**
 * One respondent typed by hand into a list, checked by the same rules as an import. It is stored
 * "not queued yet", like an imported one: the next "Send to QMob" takes it. A username the
 * account already has is refused here (editing that respondent is the way to change them), so
 * a typing slip never overwrites someone else's details. Refusals come back in the common
 * RosterResult, as from every roster data function.
 */
export async function addRespondent(
  db: OutpostDatabase,
  input: { listId: string; draft: RespondentDraft; sampleFields: readonly SampleFieldConfig[] },
  now = Date.now(),
): Promise<RosterResult<Added>> {
  const draft = normaliseDraft(input.draft);
  const problems = checkRespondent(draft, input.sampleFields, formLocation(currentIntl()));
  if (hasErrors(problems)) return brokenRules(problems);
  return db.transaction(
    'rw',
    [db.rosterLists, db.respondents, db.memberships],
    async (): Promise<RosterResult<Added>> => {
      const list = await db.rosterLists.get(input.listId);
      if (!list) return rosterRefusal('roster.list-missing', said(refusalWords.listMissing));
      const id = respondentKey(list.accountId, draft.username);
      if (await db.respondents.get(id))
        return brokenRules([
          violation({
            row: 0,
            column: coreFieldLabel(currentIntl(), 'username'),
            rule: 'username-duplicate-in-file',
            username: draft.username,
            message: said(words.exists, { username: draft.username }),
            action: said(words.existsAction),
          }),
        ]);
      const members = await db.memberships.where('listId').equals(list.id).count();
      if (remainingCapacity(list, members) < 1)
        return brokenRules([
          previewListFull(
            0,
            coreFieldLabel(currentIntl(), 'username'),
            draft.username,
            list.previewMax ?? DEFAULT_PREVIEW_LIST_MAX,
          ),
        ]);
      await db.respondents.add({ id, accountId: list.accountId, ...draft, updatedAt: now });
      await db.memberships.add({
        id: membershipKey(list.id, id),
        listId: list.id,
        respondentId: id,
        outboxId: null,
        addedAt: now,
      });
      return ok({ respondentId: id });
    },
  );
}
