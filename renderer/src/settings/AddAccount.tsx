import { useState } from 'react';
import type { Account } from '../../../common/accounts/index';
import { serviceNames } from './account-description';
import { AccountEditor } from './AccountEditor';
import { useAccounts } from './accounts-store';
import { useReturnFocus } from './use-return-focus';

/** Two buttons that open the form for a new QuestionPro or QMob account. */
export function AddAccount() {
  const [adding, setAdding] = useState<Account['kind']>();
  const refresh = useAccounts((state) => state.refresh);
  const announce = useAccounts((state) => state.announce);
  const questionProRef = useReturnFocus<HTMLButtonElement>(adding === 'questionpro');
  const qmobRef = useReturnFocus<HTMLButtonElement>(adding === 'qmob');

  const onSaved = (account: Account): void => {
    setAdding(undefined);
    announce(`Added the ${serviceNames[account.kind]} account ${account.label}. Use “Test connection” to check it.`);
    void refresh();
  };

  return (
    <div className="add-account">
      {adding ? (
        <AccountEditor target={adding} onSaved={onSaved} onCancel={() => setAdding(undefined)} />
      ) : (
        <div className="account-actions">
          <button ref={questionProRef} type="button" onClick={() => setAdding('questionpro')}>
            Add QuestionPro account
          </button>
          <button ref={qmobRef} type="button" onClick={() => setAdding('qmob')}>
            Add QMob account
          </button>
        </div>
      )}
    </div>
  );
}
