import type { OutboxState } from '../../../../common/outbox/outbox-item';

/**
 * What the roster says about one member's QMob add, from the state of the outbox item carrying it:
 * a refused batch is not "sent", and a discarded one leaves its members free to be sent again.
 */
export function memberStateWords(outboxId: string | null, state: OutboxState | undefined): string {
  if (outboxId === null) return 'Not queued yet';
  switch (state) {
    case undefined:
      // The item is no longer in the outbox: it went, as before.
      return 'Queued or sent';
    case 'queued':
    case 'sending':
    case 'retry-wait':
    case 'replaced':
      return 'Queued for QMob';
    case 'needs-attention':
      return 'Needs attention: see Outbox';
    case 'import-started':
      return 'Import started at QMob';
    case 'delivered':
      return 'Sent to QMob';
    case 'discarded':
      return 'Not queued yet (its batch was discarded)';
  }
}
