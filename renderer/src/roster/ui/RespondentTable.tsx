import { FormattedMessage, useIntl } from 'react-intl';
import { serviceLabels } from '../../outbox/outbox-words';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import type { OutboxState } from '../../../../common/outbox/outbox-item';
import { coreFieldLabel, respondentCoreFields } from '../../../../common/roster/respondent';
import { database } from '../../db/database';
import { memberStateWords } from './member-state';
import type { RosterListRow } from '../rows';
import { useListIds, useListRows } from './use-list-window';

/**
 * A first guess at a row's height (one line and padding). Each row drawn is then measured as it is,
 * so a QMob state in a longer language wraps onto the lines it needs instead of being cut; rows not
 * drawn keep the guess, so 100,000 respondents cost nothing.
 */
const ROW_HEIGHT = 40;

interface RespondentTableProps {
  list: RosterListRow;
  search: string;
  selected: ReadonlySet<string>;
  onToggle: (respondentId: string) => void;
  onEdit: (respondentId: string) => void;
}

/** The states of the outbox items carrying the rows on screen, live (a refusal or a discard shows at once). */
function useOutboxStates(outboxIds: ReadonlyArray<string | null>): ReadonlyMap<string, OutboxState> | undefined {
  const wanted = [...new Set(outboxIds.filter((id): id is string => id !== null))].sort();
  return useLiveQuery(async () => {
    const found = await database.outbox.bulkGet(wanted);
    return new Map(found.flatMap((item) => (item ? [[item.id, item.state] as const] : [])));
  }, [wanted.join('|')]);
}

/** A cell that may end in "…": its whole text is its tooltip, as it is its accessible name. */
function TextCell({ text, className, translatable }: { text: string; className?: string; translatable?: boolean }) {
  return (
    <span role="cell" className={className} title={text || undefined} translate={translatable ? undefined : 'no'}>
      {text}
    </span>
  );
}

/** A virtualised table: only the rows on screen exist in the DOM, so 100,000 respondents scroll smoothly. */
export function RespondentTable({ list, search, selected, onToggle, onEdit }: RespondentTableProps) {
  const intl = useIntl();
  const scroller = useRef<HTMLDivElement>(null);
  const ids = useListIds(list, search);
  const count = ids.length;
  // The virtualizer's API is not memoisable by the React Compiler; it is used as its docs show.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const rowAt = useListRows(list, ids, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);
  const states = useOutboxStates(items.map((item) => rowAt(item.index)?.membership.outboxId ?? null));

  return (
    <div
      className="respondent-table"
      role="table"
      aria-label={intl.formatMessage(
        { id: 'roster.table.label', defaultMessage: 'Respondents of {list}' },
        { list: list.name },
      )}
      aria-rowcount={count + 1}
    >
      <div role="rowgroup">
        <div role="row" className="respondent-row header" aria-rowindex={1}>
          <span role="columnheader">
            {/* Its checkboxes say "Select {name}"; the header's word would not fit the narrow column. */}
            <span className="visually-hidden">
              <FormattedMessage id="roster.table.selected" defaultMessage="Selected" />
            </span>
          </span>
          {/* The fields are named as the forms, the mapping step and the problems name them. */}
          {respondentCoreFields.map((field) => (
            <span role="columnheader" key={field}>
              {coreFieldLabel(intl, field)}
            </span>
          ))}
          <span role="columnheader">
            <FormattedMessage id="roster.table.sampleFields" defaultMessage="Sample fields" />
          </span>
          <span role="columnheader" translate="no">
            {serviceLabels.qmob}
          </span>
          <span role="columnheader">
            {/* Each button says "Edit" itself. An unseen copy of it sizes the column as the rows' buttons size
                theirs, so the column is as wide as the word in every language and stays aligned. */}
            <span className="visually-hidden">
              <FormattedMessage id="roster.table.edit" defaultMessage="Edit" />
            </span>
            <span className="column-sizer" aria-hidden="true">
              <FormattedMessage id="roster.table.edit" defaultMessage="Edit" />
            </span>
          </span>
        </div>
      </div>
      <div ref={scroller} className="respondent-scroll" data-testid="respondent-scroll">
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const respondent = row?.respondent;
            return (
              <div
                role="row"
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className="respondent-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  insetInline: 0,
                  minHeight: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {respondent && row ? (
                  <>
                    <span role="cell">
                      <input
                        type="checkbox"
                        aria-label={intl.formatMessage(
                          { id: 'roster.table.select', defaultMessage: 'Select {name}' },
                          { name: respondent.username },
                        )}
                        checked={selected.has(respondent.id)}
                        onChange={() => onToggle(respondent.id)}
                      />
                    </span>
                    <TextCell className="username" text={respondent.username} />
                    <TextCell text={respondent.phonenumber} />
                    <TextCell text={respondent.email} />
                    <TextCell
                      className="muted"
                      text={Object.entries(respondent.sampleFields)
                        .map(([alias, value]) => `${alias}: ${value}`)
                        .join(', ')}
                    />
                    <TextCell
                      className="member-state"
                      translatable
                      text={
                        states
                          ? memberStateWords(row.membership.outboxId, states.get(row.membership.outboxId ?? ''))
                          : intl.formatMessage({ id: 'roster.table.checking', defaultMessage: 'Checking…' })
                      }
                    />
                    <span role="cell">
                      <button
                        type="button"
                        className="secondary small"
                        onClick={() => onEdit(respondent.id)}
                        aria-label={intl.formatMessage(
                          { id: 'roster.table.editLabel', defaultMessage: 'Edit {name}' },
                          { name: respondent.username },
                        )}
                      >
                        <FormattedMessage id="roster.table.edit" defaultMessage="Edit" />
                      </button>
                    </span>
                  </>
                ) : (
                  <span role="cell" className="muted whole-row">
                    <FormattedMessage id="common.loading" defaultMessage="Loading…" />
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
