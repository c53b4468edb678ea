import { useIntl } from 'react-intl';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import type { ResponseRow } from '../../../../common/capture';
import type { OutboxItem } from '../../../../common/outbox/outbox-item';
import { database } from '../../db/database';
import { stateLabel } from '../../outbox/outbox-words';
import { formatDateTime } from '../../i18n/format';
import { sourceCount, type ResponseSource } from './use-response-ids';

const ROW_HEIGHT = 56;

interface ResponseRowsProps {
  source: ResponseSource;
  selected: string | null;
  onSelect(id: string): void;
}

interface LoadedRow {
  response: ResponseRow;
  item: OutboxItem | undefined;
}

/** The rows at positions first…last of the list, with their outbox items, by position. */
async function loadRange(source: ResponseSource, first: number, last: number): Promise<Map<number, LoadedRow>> {
  const byPosition = new Map<number, LoadedRow>();
  if (last < first) return byPosition;
  const responses =
    source.kind === 'all'
      ? await database.responses
          .orderBy('finalizedAt')
          .reverse()
          .offset(first)
          .limit(last - first + 1)
          .toArray()
      : await database.responses.bulkGet(source.ids.slice(first, last + 1));
  const items = await database.outbox.bulkGet(responses.map((response) => response?.outboxId ?? ''));
  responses.forEach((response, index) => {
    if (response) byPosition.set(first + index, { response, item: items[index] });
  });
  return byPosition;
}

/** Only the rows on screen exist in the page, and only they are read from IndexedDB. */
export function ResponseRows({ source, selected, onSelect }: ResponseRowsProps) {
  const intl = useIntl();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is the documented way; its results are not memoised by us.
  const virtualizer = useVirtualizer({
    count: sourceCount(source),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const rows = useLiveQuery(() => loadRange(source, first, last), [source, first, last]);

  return (
    <div ref={scrollRef} className="response-rows" tabIndex={-1}>
      <ul
        style={{ height: virtualizer.getTotalSize() }}
        aria-label={intl.formatMessage({ id: 'capture.responses.list', defaultMessage: 'Responses' })}
      >
        {items.map((virtual) => {
          // While a new range loads the previous one is still here: rows are looked up by position, never by offset.
          const row = rows?.get(virtual.index);
          const id = row?.response.id ?? `pending-${virtual.index}`;
          return (
            <li
              key={virtual.index}
              style={{ transform: `translateY(${virtual.start}px)`, height: ROW_HEIGHT }}
              data-testid="response-row"
            >
              <button type="button" aria-pressed={selected === id} disabled={!row} onClick={() => onSelect(id)}>
                <span className="row-title" translate="no" title={row?.response.surveyName}>
                  {row?.response.surveyName ?? intl.formatMessage({ id: 'common.pending', defaultMessage: '…' })}
                </span>
                <span className="row-meta">
                  {row
                    ? intl.formatMessage(
                        {
                          id: 'capture.responses.rowMeta',
                          defaultMessage: '{finished} · {count, plural, one {# answer} other {# answers}}',
                        },
                        {
                          finished: formatDateTime(intl, row.response.finalizedAt),
                          count: row.response.body.responseSet.length,
                        },
                      )
                    : ''}
                </span>
                <span className={`row-state state-${row?.item?.state ?? 'none'}`}>
                  {row?.item ? stateLabel(intl, row.item.state) : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
