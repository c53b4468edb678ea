import type { OutboxItem, OutboxState } from '../../../common/outbox/outbox-item';

export const stateLabels: Record<OutboxState, string> = {
  queued: 'Waiting to send',
  sending: 'Sending',
  delivered: 'Delivered',
  'retry-wait': 'Will retry',
  'needs-attention': 'Needs attention',
  'import-started': 'Import started',
  replaced: 'Replaced by a correction',
  discarded: 'Discarded',
};

export const serviceLabels: Record<OutboxItem['service'], string> = { questionpro: 'QuestionPro', qmob: 'QMob' };

export const kindLabels: Record<OutboxItem['payload']['kind'], string> = {
  'questionpro.create-response': 'Response',
  'questionpro.delete-response': 'Delete a corrected response',
  'qmob.add-respondents': 'Add respondents',
  'qmob.copy-respondents': 'Copy respondents',
  'qmob.remove-respondents': 'Remove respondents',
};

/** "3 min ago", "2 days ago": how long an item has been in the outbox. */
export function ageOf(createdAt: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - createdAt) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** What the item is about, in a few words: "12 respondents to list 1001". */
export function describeItem(item: OutboxItem): string {
  const payload = item.payload;
  switch (payload.kind) {
    case 'questionpro.create-response':
      return `Response to survey ${payload.surveyId}`;
    case 'questionpro.delete-response':
      return `Delete response ${payload.serverResponseId}, corrected by a newer one`;
    case 'qmob.add-respondents':
      return `${payload.respondents.length} respondent${payload.respondents.length === 1 ? '' : 's'} to list ${payload.listId}`;
    case 'qmob.copy-respondents':
      return `Copy ${payload.usernames.length} to list ${payload.listId}`;
    case 'qmob.remove-respondents':
      return `Remove ${payload.usernames.length} from list ${payload.listId}`;
  }
}
