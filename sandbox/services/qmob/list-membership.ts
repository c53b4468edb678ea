import { qmobCommonMessages, qmobCopyMessages, qmobRemoveMessages } from '../../../common/qmob/messages';
import { qmobListMembershipJsonSchema } from '../../../common/qmob/schemas';
import { failWith, ok, type Result } from '../../../common/result';
import type { Reply } from '../reply';
import { QMOB_COMPANY_ID, QMOB_PREVIEW_LIST_MAX, qmobLists, type SeedList } from '../seed-data';
import type { QmobActionContext } from './context';
import { qmobError, qmobOk } from './status-reply';

/** The list named (undefined when it is not the company's) and the usernames, or QMob's refusal. */
type Resolved = Result<{ list: SeedList | undefined; usernames: string[] }, Reply>;

/** Shared first steps of copy and remove: parse, collect usernames, check they exist. */
function resolveRequest(context: QmobActionContext): Resolved {
  const parsed = qmobListMembershipJsonSchema.safeParse(context.json);
  if (!parsed.success) return failWith(qmobError(qmobCommonMessages.unparsableJson));
  const usernames = [
    ...new Set(
      (parsed.data.respondents ?? [])
        .map((respondent) => respondent.username)
        .filter((username): username is string => typeof username === 'string' && username.trim() !== '')
        .map((username) => username.trim()),
    ),
  ];
  if (usernames.length === 0) return failWith(qmobError(qmobCommonMessages.noRespondentsFound));
  if (context.storageFailure === 'fetch-respondents') {
    return failWith(qmobError(qmobCommonMessages.couldNotFetchRespondentList));
  }
  const missing = usernames.filter((username) => !context.store.respondents.has(username));
  if (missing.length > 0) return failWith(qmobError(qmobCommonMessages.respondentsDoNotExist(missing)));
  const companyMatches = parsed.data.company_id === undefined || parsed.data.company_id === QMOB_COMPANY_ID;
  const list = companyMatches ? qmobLists.find((candidate) => candidate.id === parsed.data.group_id) : undefined;
  return ok({ list, usernames });
}

/** copy_respondents_to_list: adds memberships; respondents keep their other lists. */
export function copyRespondentsToList(context: QmobActionContext): Reply {
  const resolved = resolveRequest(context);
  if (!resolved.ok) return resolved.error;
  const { list, usernames } = resolved.value;
  if (!list || context.storageFailure === 'copy-general') return qmobError(qmobCopyMessages.copyFailed);
  const members = context.store.listMembers.get(list.id) ?? new Set<string>();
  const incoming = usernames.filter((username) => !members.has(username));
  if (list.preview && members.size + incoming.length > QMOB_PREVIEW_LIST_MAX) {
    return qmobError(qmobCopyMessages.previewListFull(QMOB_PREVIEW_LIST_MAX));
  }
  if (context.storageFailure === 'assign') return qmobError(qmobCopyMessages.unableToAssign);
  for (const username of incoming) members.add(username);
  context.store.listMembers.set(list.id, members);
  return qmobOk(qmobCopyMessages.copied(list.id), { stored: true });
}

/** remove_respondents_from_list: refuses to leave any respondent in no list at all. */
export function removeRespondentsFromList(context: QmobActionContext): Reply {
  const resolved = resolveRequest(context);
  if (!resolved.ok) return resolved.error;
  const { list, usernames } = resolved.value;
  // The list's members cannot be fetched when the list does not exist.
  if (!list) return qmobError(qmobCommonMessages.couldNotFetchRespondentList);
  const members = context.store.listMembers.get(list.id) ?? new Set<string>();
  const orphaned = usernames.filter((username) => members.has(username) && context.store.listsOf(username).length <= 1);
  if (orphaned.length > 0) return qmobError(qmobRemoveMessages.wouldLeaveWithoutList(orphaned));
  for (const username of usernames) members.delete(username);
  return qmobOk(qmobRemoveMessages.removed(list.id), { stored: true });
}
