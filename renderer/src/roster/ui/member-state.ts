import type { OutboxState } from '../../../../common/outbox/outbox-item';
import { defineMessages } from '../../../../common/i18n/phrase';
import { currentIntl } from '../../i18n/current-intl';

const words = defineMessages({
  notQueued: { id: 'roster.member.notQueued', defaultMessage: 'Not queued yet' },
  queuedOrSent: { id: 'roster.member.queuedOrSent', defaultMessage: 'Queued or sent' },
  queued: { id: 'roster.member.queued', defaultMessage: 'Queued for QMob' },
  needsAttention: { id: 'roster.member.needsAttention', defaultMessage: 'Needs attention: see Outbox' },
  importStarted: { id: 'roster.member.importStarted', defaultMessage: 'Import started at QMob' },
  sent: { id: 'roster.member.sent', defaultMessage: 'Sent to QMob' },
  discarded: { id: 'roster.member.discarded', defaultMessage: 'Not queued yet (its batch was discarded)' },
});

/**
 * What the roster says about one member's QMob add, from the state of the outbox item carrying it:
 * a refused batch is not "sent", and a discarded one leaves its members free to be sent again.
 */
export function memberStateWords(outboxId: string | null, state: OutboxState | undefined): string {
  const say = (message: (typeof words)[keyof typeof words]): string => currentIntl().formatMessage(message);
  if (outboxId === null) return say(words.notQueued);
  switch (state) {
    case undefined:
      // The item is no longer in the outbox: it went, as before.
      return say(words.queuedOrSent);
    case 'queued':
    case 'sending':
    case 'retry-wait':
    case 'replaced':
      return say(words.queued);
    case 'needs-attention':
      return say(words.needsAttention);
    case 'import-started':
      return say(words.importStarted);
    case 'delivered':
      return say(words.sent);
    case 'discarded':
      return say(words.discarded);
  }
}
