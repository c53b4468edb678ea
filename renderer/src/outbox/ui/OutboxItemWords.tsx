import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import { itemSentence, type OutboxNames } from '../outbox-words';

/**
 * What the item is about (describeItem's words) on screen: each name in it (a survey, a list, a
 * QMob username) isolated and marked translate="no", so a page translator leaves it as typed and a
 * Latin name keeps its place in a right-to-left sentence.
 */
export function OutboxItemWords({ item, names }: { item: OutboxItem; names: OutboxNames }): ReactNode {
  const intl = useIntl();
  const { message, values, names: named } = itemSentence(item, names);
  const marked: Record<string, ReactNode> = { ...values };
  for (const key of named) marked[key] = <bdi translate="no">{values[key]}</bdi>;
  return <>{intl.formatMessage(message, marked)}</>;
}
