import { qmobAddRespondentMessages as messages, qmobCommonMessages } from '../../../common/qmob/messages';
import { qmobAddRespondentsJsonSchema } from '../../../common/qmob/schemas';
import type { Reply } from '../reply';
import { QMOB_COMPANY_ID, QMOB_PREVIEW_LIST_MAX, qmobLists, qmobSampleFields } from '../seed-data';
import type { StoredRespondent } from '../store';
import type { QmobActionContext } from './context';
import { checkRespondent } from './respondent-validation';
import { qmobError, qmobOk } from './status-reply';

let importSequence = 0;

/** Import ids: the start time, made unique within the process. */
function nextImportId(): string {
  importSequence += 1;
  return `${Date.now()}${String(importSequence % 1000).padStart(3, '0')}`;
}

/** add_respondent: validates the whole batch now, imports it later, answers "Import started". */
export function addRespondent(context: QmobActionContext): Reply {
  const parsed = qmobAddRespondentsJsonSchema.safeParse(context.json);
  if (!parsed.success) return qmobError(qmobCommonMessages.unparsableJson);
  const request = parsed.data;
  if (context.storageFailure === 'fetch-sample-fields') return qmobError(messages.couldNotFetchSampleFields);

  const respondents: StoredRespondent[] = [];
  for (const input of request.respondents) {
    const checked = checkRespondent(input, qmobSampleFields);
    if (!checked.ok) return qmobError(checked.error);
    respondents.push(checked.value);
  }

  const list = qmobLists.find((candidate) => candidate.id === request.group_id);
  const companyMatches = request.company_id === undefined || request.company_id === QMOB_COMPANY_ID;
  if (!list || !companyMatches || context.storageFailure === 'start-import') {
    return qmobError(messages.couldNotStartImport);
  }
  if (list.preview) {
    const members = context.store.listMembers.get(list.id) ?? new Set<string>();
    const incoming = new Set(respondents.map((respondent) => respondent.username).filter((name) => !members.has(name)));
    if (members.size + incoming.size > QMOB_PREVIEW_LIST_MAX)
      return qmobError(messages.previewListFull(QMOB_PREVIEW_LIST_MAX));
  }

  const id = nextImportId();
  context.importer.start({
    id,
    listId: list.id,
    overwrite: request.overwrite,
    respondents,
    callbackUrl: context.callbackUrl,
    failure: context.storageFailure,
  });
  return qmobOk(messages.importStarted, { id, stored: true });
}
