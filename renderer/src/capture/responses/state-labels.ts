import type { OutboxState } from '../../../../common/outbox/outbox-item';

export const stateLabels: Record<OutboxState, string> = {
  queued: 'Waiting to send',
  sending: 'Sending',
  delivered: 'Delivered',
  'retry-wait': 'Will retry',
  'needs-attention': 'Needs attention',
  'import-started': 'Import started',
  replaced: 'Replaced',
  discarded: 'Discarded',
};
