import { useIntl } from 'react-intl';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import { PracticeBadge } from '../../settings/PracticeBadge';
import type { OutboxNames } from '../outbox-names';
import { ageOf, describeItem, itemTitle, serviceLabels, stateLabel } from '../outbox-words';
import { OutboxAccountName } from './OutboxAccountName';
import { OutboxItemWords } from './OutboxItemWords';

/**
 * A first guess at a row's height (two lines and padding). Each row drawn is then measured as it
 * is, so its words wrap onto as many lines as they need (a long survey name, a longer language)
 * instead of being cut; rows not drawn keep the guess, so tens of thousands cost nothing.
 */
const ESTIMATED_ROW_HEIGHT = 64;

interface OutboxListProps {
  items: readonly OutboxItem[];
  selectedId: string | null;
  checked: ReadonlySet<string>;
  /** Items for these accounts go to the Practice sandbox, and say so. */
  practiceAccounts: ReadonlySet<string>;
  names: OutboxNames;
  onSelect: (id: string) => void;
  onToggleChecked: (id: string) => void;
}

/** Every item, virtualised so tens of thousands scroll smoothly; arrow keys move the selection and the focus. */
export function OutboxList({
  items,
  selectedId,
  checked,
  practiceAccounts,
  names,
  onSelect,
  onToggleChecked,
}: OutboxListProps) {
  const intl = useIntl();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => items[index]?.id ?? index,
    overscan: 8,
  });
  const now = Date.now();

  const moveSelection = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = items.findIndex((item) => item.id === selectedId);
    const next = Math.min(items.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
    const target = items[next];
    if (!target) return;
    onSelect(target.id);
    virtualizer.scrollToIndex(next);
    // The row is rendered once scrolled into view: move the focus along with the selection.
    requestAnimationFrame(() => document.getElementById(`outbox-row-${target.id}`)?.focus());
  };

  return (
    <div
      ref={scroller}
      className="outbox-list"
      role="list"
      aria-label={intl.formatMessage(
        { id: 'outbox.list.label', defaultMessage: 'Outbox items ({count, number})' },
        { count: items.length },
      )}
      onKeyDown={moveSelection}
      data-testid="outbox-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          const selected = item.id === selectedId;
          const what = describeItem(intl, item, names);
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              className={`outbox-row state-${item.state}${selected ? ' selected' : ''}`}
              style={{ position: 'absolute', top: 0, insetInline: 0, transform: `translateY(${row.start}px)` }}
              data-testid="outbox-row"
              data-state={item.state}
            >
              <input
                type="checkbox"
                aria-label={intl.formatMessage(
                  { id: 'outbox.list.select', defaultMessage: 'Select {item} for export' },
                  { item: what },
                )}
                checked={checked.has(item.id)}
                onChange={() => onToggleChecked(item.id)}
              />
              <button
                type="button"
                className="outbox-row-select"
                id={`outbox-row-${item.id}`}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(item.id)}
              >
                <span className="outbox-row-line">
                  <span className={`state-badge badge-${item.state}`}>{stateLabel(intl, item.state)}</span>
                  {practiceAccounts.has(item.accountId) ? <PracticeBadge /> : null}
                  <span className="outbox-row-title" translate="no">
                    {itemTitle(item, names)}
                  </span>
                  <span className="outbox-row-age">{ageOf(intl, item.createdAt, now)}</span>
                </span>
                <span className="outbox-row-sub">
                  {intl.formatMessage(
                    { id: 'outbox.list.subline', defaultMessage: '{service} · {account} · {item}' },
                    {
                      service: serviceLabels[item.service],
                      account: <OutboxAccountName names={names} accountId={item.accountId} />,
                      item: <OutboxItemWords item={item} names={names} />,
                    },
                  )}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
