import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { database } from '../../db/database';
import { stateLabels } from './state-labels';

const ROW_HEIGHT = 56;

interface ResponseRowsProps {
  ids: readonly string[];
  selected: string | null;
  onSelect(id: string): void;
}

/** Only the rows on screen exist in the page, and only they are read from IndexedDB. */
export function ResponseRows({ ids, selected, onSelect }: ResponseRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is the documented way; its results are not memoised by us.
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const visible = items.map((item) => ids[item.index] ?? '');
  const visibleKey = visible.join(',');

  const rows = useLiveQuery(async () => {
    const responses = await database.responses.bulkGet(visible);
    const outbox = await database.outbox.bulkGet(responses.map((response) => response?.outboxId ?? ''));
    return new Map(responses.map((response, index) => [visible[index] ?? '', { response, item: outbox[index] }]));
    // visibleKey stands for `visible`, which is a new array on every render.
  }, [visibleKey]);

  return (
    <div ref={scrollRef} className="response-rows" tabIndex={-1}>
      <ul style={{ height: virtualizer.getTotalSize() }} aria-label="Responses">
        {items.map((virtual) => {
          const id = ids[virtual.index] ?? '';
          const row = rows?.get(id);
          const answers = row?.response?.body.responseSet.length ?? 0;
          return (
            <li key={id} style={{ transform: `translateY(${virtual.start}px)`, height: ROW_HEIGHT }} data-testid="response-row">
              <button type="button" aria-pressed={selected === id} onClick={() => onSelect(id)}>
                <span className="row-title">{row?.response?.surveyName ?? '…'}</span>
                <span className="row-meta">
                  {row?.response ? new Date(row.response.finalizedAt).toLocaleString() : ''} · {answers} answers
                </span>
                <span className={`row-state state-${row?.item?.state ?? 'none'}`}>{row?.item ? stateLabels[row.item.state] : ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
