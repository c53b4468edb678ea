import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Account } from '../../../common/accounts/index';
import { AccountEditor } from './AccountEditor';
import { useAccounts } from './accounts-store';
import { useReturnFocus } from './use-return-focus';

/** Two buttons that open the form for a new QuestionPro or QMob account. */
export function AddAccount() {
  const intl = useIntl();
  const [adding, setAdding] = useState<Account['kind']>();
  const refresh = useAccounts((state) => state.refresh);
  const announce = useAccounts((state) => state.announce);
  const questionProRef = useReturnFocus<HTMLButtonElement>(adding === 'questionpro');
  const qmobRef = useReturnFocus<HTMLButtonElement>(adding === 'qmob');

  const onSaved = (account: Account): void => {
    setAdding(undefined);
    announce(
      intl.formatMessage(
        {
          id: 'settings.add.added',
          defaultMessage:
            '{kind, select, questionpro {Added the QuestionPro account {account}. Use “Test connection” to check it.} other {Added the QMob account {account}. Use “Test connection” to check it.}}',
        },
        { kind: account.kind, account: account.label },
      ),
    );
    void refresh();
  };

  return (
    <div className="add-account">
      {adding ? (
        <AccountEditor target={adding} onSaved={onSaved} onCancel={() => setAdding(undefined)} />
      ) : (
        <div className="account-actions">
          <button ref={questionProRef} type="button" onClick={() => setAdding('questionpro')}>
            <FormattedMessage id="settings.add.questionPro" defaultMessage="Add QuestionPro account" />
          </button>
          <button ref={qmobRef} type="button" onClick={() => setAdding('qmob')}>
            <FormattedMessage id="settings.add.qmob" defaultMessage="Add QMob account" />
          </button>
        </div>
      )}
    </div>
  );
}
