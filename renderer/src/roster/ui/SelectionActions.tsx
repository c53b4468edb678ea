import { useState } from 'react';
import type { RuleViolation } from '../../../../common/roster/rule-violation';
import { database } from '../../db/database';
import { copyRespondents } from '../operations/copy-respondents';
import { planRemoval, removeRespondents } from '../operations/remove-respondents';
import type { RosterListRow } from '../rows';
import { loadBatchSize } from '../settings-store';

interface SelectionActionsProps {
  list: RosterListRow;
  lists: readonly RosterListRow[];
  selected: ReadonlySet<string>;
  onSelectAll: () => void;
  onClear: () => void;
  onMessage: (message: string) => void;
}

/** Copy the selected respondents to another list of the account, or remove them from this one. */
export function SelectionActions({ list, lists, selected, onSelectAll, onClear, onMessage }: SelectionActionsProps) {
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
    if (!result.ok)
      onMessage(result.error.action ? `${result.error.message} ${result.error.action}` : result.error.message);
    else
      onMessage(`Copied ${result.value.copied} respondent${result.value.copied === 1 ? '' : 's'} to ${target.name}.`);
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
      onMessage(result.error.message);
      return;
    }
    onClear();
    const { removed } = result.value;
    onMessage(
      `Removed ${removed} respondent${removed === 1 ? '' : 's'} from ${list.name}.${plan.blocked.length > 0 ? ` ${plan.blocked.length} kept: ${plan.blocked.length === 1 ? 'it is' : 'they are'} in no other list.` : ''}`,
    );
  };

  return (
    <div className="roster-panel selection-actions">
      <span>{selected.size} selected</span>
      <button type="button" className="secondary" onClick={onSelectAll}>
        Select all shown
      </button>
      <button type="button" className="secondary" onClick={onClear} disabled={selected.size === 0}>
        Clear selection
      </button>
      {targets.length > 0 ? (
        <>
          <label>
            Copy to
            <select value={target?.id ?? ''} onChange={(e) => setTargetId(e.target.value)}>
              {targets.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                  {other.preview ? ' (preview)' : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={selected.size === 0} onClick={() => void copy()}>
            Copy selected
          </button>
        </>
      ) : null}
      <button type="button" disabled={selected.size === 0} onClick={() => void remove(false)}>
        Remove selected from this list
      </button>
      {blocked.length > 0 ? (
        <div role="alert" className="roster-problem">
          <p>
            QMob would refuse {blocked.length === 1 ? 'one of these removals' : `${blocked.length} of these removals`}:
          </p>
          <ul>
            {blocked.slice(0, 20).map((v) => (
              <li key={v.username ?? v.message}>
                {v.message} {v.action}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void remove(true)}>
            Remove the others only
          </button>
        </div>
      ) : null}
    </div>
  );
}
