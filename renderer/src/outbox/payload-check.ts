import type { IntlShape } from 'react-intl';
import { saySentence } from '../../../common/i18n/phrase';
import { fail, ok, type Result } from '../../../common/result';
import { outboxPayloadSchema, type OutboxPayload } from '../../../common/outbox/outbox-item';
import { issuesSaid } from '../../../common/zod-words';
import { defineMessages } from '../i18n/define-messages';

const words = defineMessages({
  notJson: { id: 'outbox.correct.notJson', defaultMessage: 'This is not valid JSON.' },
  /** The field is named by its path in the JSON (as typed there); the problem in the interface's language. */
  atField: { id: 'outbox.correct.issueAt', defaultMessage: '{field}: {problem}' },
  whole: { id: 'outbox.correct.issueWhole', defaultMessage: 'The item: {problem}' },
});

/** Issues shown at once: a pasted payload of the wrong kind could otherwise produce a page of them. */
const SHOWN_ISSUES = 5;

/**
 * The JSON editor's text checked against the payload's schema before anything is saved; refused,
 * each problem is the schema's check in the interface's language (issueSaid), never zod's English
 * (the error's message, said in `intl`'s language already).
 */
export function checkedPayload(intl: IntlShape, text: string): Result<OutboxPayload> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('payload-not-json', intl.formatMessage(words.notJson));
  }
  const checked = outboxPayloadSchema.safeParse(parsed);
  if (checked.success) return ok(checked.data);
  const problems = issuesSaid(checked.error, SHOWN_ISSUES).map(({ path, said }) => {
    const problem = saySentence(intl, said);
    return path.length === 0
      ? intl.formatMessage(words.whole, { problem })
      : intl.formatMessage(words.atField, { field: path.map(String).join('.'), problem });
  });
  return fail('payload-invalid', problems.join(' '));
}
