import type { IntlShape } from 'react-intl';
import type { OutboxItem, OutboxState } from '../../../common/outbox/outbox-item';
import { defineMessages } from '../i18n/define-messages';

const states = defineMessages<OutboxState>({
  queued: { id: 'outbox.state.queued', defaultMessage: 'Waiting to send' },
  sending: { id: 'outbox.state.sending', defaultMessage: 'Sending' },
  delivered: { id: 'outbox.state.delivered', defaultMessage: 'Delivered' },
  'retry-wait': { id: 'outbox.state.retryWait', defaultMessage: 'Will retry' },
  'needs-attention': { id: 'outbox.state.needsAttention', defaultMessage: 'Needs attention' },
  'import-started': { id: 'outbox.state.importStarted', defaultMessage: 'Import started' },
  replaced: { id: 'outbox.state.replaced', defaultMessage: 'Replaced by a correction' },
  discarded: { id: 'outbox.state.discarded', defaultMessage: 'Discarded' },
});

const kinds = defineMessages<OutboxItem['payload']['kind']>({
  'questionpro.create-response': { id: 'outbox.kind.response', defaultMessage: 'Response' },
  'questionpro.delete-response': { id: 'outbox.kind.deleteResponse', defaultMessage: 'Delete a corrected response' },
  'qmob.add-respondents': { id: 'outbox.kind.add', defaultMessage: 'Add respondents' },
  'qmob.copy-respondents': { id: 'outbox.kind.copy', defaultMessage: 'Copy respondents' },
  'qmob.remove-respondents': { id: 'outbox.kind.remove', defaultMessage: 'Remove respondents' },
});

const items = defineMessages({
  response: { id: 'outbox.item.response', defaultMessage: 'Response to survey {survey}' },
  deleteResponse: {
    id: 'outbox.item.deleteResponse',
    defaultMessage: 'Delete response {response}, corrected by a newer one',
  },
  add: {
    id: 'outbox.item.add',
    defaultMessage: '{count, plural, one {# respondent} other {# respondents}} to list {list}',
  },
  copy: { id: 'outbox.item.copy', defaultMessage: 'Copy {count, number} to list {list}' },
  remove: { id: 'outbox.item.remove', defaultMessage: 'Remove {count, number} from list {list}' },
  justNow: { id: 'outbox.age.justNow', defaultMessage: 'just now' },
});

export const stateLabel = (intl: IntlShape, state: OutboxState): string => intl.formatMessage(states[state]);

export const kindLabel = (intl: IntlShape, kind: OutboxItem['payload']['kind']): string =>
  intl.formatMessage(kinds[kind]);

/** The services' names: names, the same in every language. */
export const serviceLabels: Record<OutboxItem['service'], string> = { questionpro: 'QuestionPro', qmob: 'QMob' };

/** "3 min ago", "2 days ago": how long an item has been in the outbox, in the locale's words. */
export function ageOf(intl: IntlShape, createdAt: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - createdAt) / 1000));
  if (seconds < 60) return intl.formatMessage(items.justNow);
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return intl.formatRelativeTime(-minutes, 'minute', { style: 'short' });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return intl.formatRelativeTime(-hours, 'hour', { style: 'short' });
  return intl.formatRelativeTime(-Math.round(hours / 24), 'day');
}

/** What the item is about, in a few words: "12 respondents to list 1001". */
export function describeItem(intl: IntlShape, item: OutboxItem): string {
  const payload = item.payload;
  switch (payload.kind) {
    case 'questionpro.create-response':
      return intl.formatMessage(items.response, { survey: payload.surveyId });
    case 'questionpro.delete-response':
      return intl.formatMessage(items.deleteResponse, { response: payload.serverResponseId });
    case 'qmob.add-respondents':
      return intl.formatMessage(items.add, { count: payload.respondents.length, list: payload.listId });
    case 'qmob.copy-respondents':
      return intl.formatMessage(items.copy, { count: payload.usernames.length, list: payload.listId });
    case 'qmob.remove-respondents':
      return intl.formatMessage(items.remove, { count: payload.usernames.length, list: payload.listId });
  }
}
