import { FormattedMessage, useIntl } from 'react-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { database } from '../../db/database';
import { useAccounts } from '../../settings/accounts-store';
import { useNavigation } from '../../state/navigation';
import { newListRow, newListWords } from '../new-list';

/** A list is described by its name, its QMob list id, and the QMob account (from Settings) it belongs to. */
export function NewListForm({
  onCreated,
  defaultAccountId,
}: {
  onCreated: (listId: string) => void;
  defaultAccountId: string | undefined;
}) {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState('');
  const { accounts, loaded, refresh } = useAccounts();
  const setSection = useNavigation((state) => state.setSection);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const qmobAccounts = accounts.filter((account) => account.kind === 'qmob');
  const [chosenAccountId, setAccountId] = useState(defaultAccountId);
  const accountId = qmobAccounts.some((account) => account.id === chosenAccountId)
    ? (chosenAccountId ?? '')
    : (qmobAccounts[0]?.id ?? '');
  const [preview, setPreview] = useState(false);
  const [previewMax, setPreviewMax] = useState('5');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = newListRow({ accountId, groupId, name, preview, previewMax }, crypto.randomUUID(), Date.now());
    if (!checked.ok) {
      setProblem(checked.error.message);
      return;
    }
    await database.rosterLists.add(checked.value);
    setProblem(null);
    setName('');
    setGroupId('');
    setPreview(false);
    onCreated(checked.value.id);
  };

  if (loaded && qmobAccounts.length === 0) {
    return (
      <div className="roster-form">
        <p>
          <FormattedMessage
            id="roster.newList.noAccount"
            defaultMessage="Lists belong to a QMob account. Add one in Settings → Accounts, or start the practice workspace there."
          />
        </p>
        <button type="button" onClick={() => setSection('settings')}>
          <FormattedMessage id="roster.newList.goToSettings" defaultMessage="Go to Settings" />
        </button>
      </div>
    );
  }

  return (
    <form
      className="roster-form"
      onSubmit={(event) => void submit(event)}
      aria-label={intl.formatMessage({ id: 'roster.newList.label', defaultMessage: 'New list' })}
    >
      <label>
        {intl.formatMessage(newListWords.name)}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {intl.formatMessage(newListWords.groupId)}
        <input value={groupId} onChange={(e) => setGroupId(e.target.value)} inputMode="numeric" required />
      </label>
      <label>
        {intl.formatMessage(newListWords.accountId)}
        <select value={accountId} onChange={(e) => setAccountId(e.target.value)} required>
          {qmobAccounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.practice && !/practice/i.test(account.label)
                ? intl.formatMessage(
                    { id: 'roster.newList.practiceAccount', defaultMessage: '{account} (Practice)' },
                    { account: account.label },
                  )
                : account.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} />{' '}
        <FormattedMessage id="roster.newList.preview" defaultMessage="Preview list" />
      </label>
      {preview ? (
        <label>
          {intl.formatMessage(newListWords.previewMax)}
          <input type="number" min={1} value={previewMax} onChange={(e) => setPreviewMax(e.target.value)} />
        </label>
      ) : null}
      {problem ? (
        <p role="alert" className="roster-problem">
          {problem}
        </p>
      ) : null}
      <button type="submit">
        <FormattedMessage id="roster.newList.create" defaultMessage="Create list" />
      </button>
    </form>
  );
}
