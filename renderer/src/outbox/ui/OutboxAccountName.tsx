import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { OutboxNames } from '../outbox-names';
import { accountName } from '../outbox-words';

/**
 * The item's account as it is shown in the row and the detail. Its label is a name the worker gave
 * (or Practice's), marked translate="no" and isolated as OutboxItemWords marks the names it says; the
 * words for an account no longer set up are Outpost's own, so they stay translatable.
 */
export function OutboxAccountName({ names, accountId }: { names: OutboxNames; accountId: string }): ReactNode {
  const intl = useIntl();
  const label = names.account(accountId);
  return label === undefined ? accountName(intl, names, accountId) : <bdi translate="no">{label}</bdi>;
}
