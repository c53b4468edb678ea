import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { database } from '../../db/database';
import { copyRespondents } from '../operations/copy-respondents';
import { planRemoval, removeRespondents } from '../operations/remove-respondents';
import type { RosterListRow } from '../rows';
import { loadBatchSize } from '../settings-store';
import { ok } from '../../../../common/result';
import type { Outcome } from '../../i18n/outcome-words';
import { copiedSentence, removedSentence } from '../list-sentences';
import { violationInWords } from '../violation-words';

interface SelectionActionsProps {
  list: RosterListRow;
  lists: readonly RosterListRow[];
  selected: ReadonlySet<string>;
  onSelectAll: () => void;
  onClear: () => void;
  onMessage: (outcome: Outcome) => void;
}

/** Copy the selected respondents to another list of the account, or remove them from this one. */
export function SelectionActions({ list, lists, selected, onSelectAll, onClear, onMessage }: SelectionActionsProps) {
  const intl = useIntl();
  const targets = lists.filter((other) => other.accountId === list.accountId && other.id !== list.id);
  const [targetId, setTargetId] = useState('');
  const [blocked, setBlocked] = useState<RuleViolation[]>([]);
  const ids = [...selected];
  const target = targets.find((other) => other.id === targetId) ?? targets[0];

  const copy = async (): Promise<void> => {
    if (!target) return;
    const result = await copyRespondents(database, {
      toListId: target.id,
      respondentIds: ids,
      batchSize: await loadBatchSize(database),
    });
    onMessage(result.ok ? ok(copiedSentence(result.value.copied, target.name)) : result);
  };

  const remove = async (confirmed: boolean): Promise<void> => {
    const plan = await planRemoval(database, list.id, ids);
    if (plan.blocked.length > 0 && !confirmed) {
      setBlocked(plan.blocked);
      return;
    }
    setBlocked([]);
    const result = await removeRespondents(database, {
      listId: list.id,
      respondentIds: plan.removable,
      batchSize: await loadBatchSize(database),
    });
    if (!result.ok) {
      onMessage(result);
      return;
    }
    onClear();
    onMessage(ok(removedSentence(result.value.removed, list.name, plan.blocked.length)));
  };

  return (
    <div className="roster-panel selection-actions">
      <span>
        <FormattedMessage
          id="roster.selection.count"
          defaultMessage="{count, number} selected"
          values={{ count: selected.size }}
        />
      </span>
      <button type="button" className="secondary" onClick={onSelectAll}>
        <FormattedMessage id="roster.selection.all" defaultMessage="Select all shown" />
      </button>
      <button type="button" className="secondary" onClick={onClear} disabled={selected.size === 0}>
        <FormattedMessage id="roster.selection.clear" defaultMessage="Clear selection" />
      </button>
      {targets.length > 0 ? (
        <>
          <label>
            <FormattedMessage id="roster.copy.to" defaultMessage="Copy to" />
            <select value={target?.id ?? ''} onChange={(e) => setTargetId(e.target.value)}>
              {targets.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.preview
                    ? intl.formatMessage(
                        { id: 'roster.list.previewName', defaultMessage: '{name} (preview)' },
                        { name: other.name },
                      )
                    : other.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={selected.size === 0} onClick={() => void copy()}>
            <FormattedMessage id="roster.copy.selected" defaultMessage="Copy selected" />
          </button>
        </>
      ) : null}
      <button type="button" disabled={selected.size === 0} onClick={() => void remove(false)}>
        <FormattedMessage id="roster.remove.selected" defaultMessage="Remove selected from this list" />
      </button>
      {blocked.length > 0 ? (
        <div role="alert" className="roster-problem">
          <p>
            <FormattedMessage
              id="roster.remove.blocked"
              defaultMessage="QMob would refuse {count, plural, one {one of these removals} other {# of these removals}}:"
              values={{ count: blocked.length }}
            />
          </p>
          <ul>
            {blocked.slice(0, 20).map((v) => (
              <li key={v.username ?? v.message}>
                {violationInWords(intl, v).message} {violationInWords(intl, v).action}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void remove(true)}>
            <FormattedMessage id="roster.remove.others" defaultMessage="Remove the others only" />
          </button>
        </div>
      ) : null}
    </div>
  );
}
