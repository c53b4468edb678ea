import { saySentence } from '../../../common/i18n/phrase';
import { fail, ok, type Result } from '../../../common/result';
import { issuesSaid } from '../../../common/zod-words';
import { currentIntl } from '../i18n/current-intl';
import { defineMessages } from '../i18n/define-messages';
import { rosterListRowSchema, type RosterListRow } from './rows';

/** The new-list form's fields, named as the form labels them (the problems name them the same way). */
export const newListWords = defineMessages({
  name: { id: 'roster.newList.name', defaultMessage: 'List name' },
  groupId: { id: 'roster.newList.groupId', defaultMessage: 'QMob list id (group_id)' },
  accountId: { id: 'roster.newList.account', defaultMessage: 'QMob account' },
  previewMax: { id: 'roster.newList.previewMax', defaultMessage: 'Preview list maximum' },
  problem: { id: 'roster.newList.problem', defaultMessage: '{field}: {problem}' },
});

const fields = ['name', 'groupId', 'accountId', 'previewMax'] as const;
type Field = (typeof fields)[number];
const isField = (key: PropertyKey | undefined): key is Field => fields.some((field) => field === key);

export interface NewListInput {
  readonly accountId: string;
  readonly groupId: string;
  readonly name: string;
  readonly preview: boolean;
  readonly previewMax: string;
}

/**
 * The list the form describes, checked by the row's schema; refused, the schema's checks in the
 * interface's language (issueSaid), one per field and named by the field's label, never zod's English
 * (the error's message, said when the form is sent).
 */
export function newListRow(input: NewListInput, id: string, now: number): Result<RosterListRow> {
  const parsed = rosterListRowSchema.safeParse({
    id,
    accountId: input.accountId.trim(),
    groupId: input.groupId.trim(),
    name: input.name.trim(),
    preview: input.preview,
    previewMax: input.preview ? Number(input.previewMax) : null,
    createdAt: now,
  });
  if (parsed.success) return ok(parsed.data);
  const intl = currentIntl();
  const seen = new Set<PropertyKey | undefined>();
  const problems: string[] = [];
  for (const issue of issuesSaid(parsed.error)) {
    const field = issue.path[0];
    if (seen.has(field)) continue;
    seen.add(field);
    const problem = saySentence(intl, issue.said);
    problems.push(
      isField(field)
        ? intl.formatMessage(newListWords.problem, { field: intl.formatMessage(newListWords[field]), problem })
        : problem,
    );
  }
  // Said already, in the interface's language: the form shows the message as it is.
  return fail('list-invalid', problems.join(' '));
}
