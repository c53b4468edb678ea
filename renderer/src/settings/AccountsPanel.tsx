import { useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { useAccounts } from './accounts-store';
import { AccountList } from './AccountList';
import { AddAccount } from './AddAccount';
import { KeychainNotice } from './KeychainNotice';
import { PracticeStarter } from './PracticeStarter';

/** Settings → Accounts: list, add, edit, remove, test, and the practice workspace. */
export function AccountsPanel() {
  const refresh = useAccounts((state) => state.refresh);
  const notice = useAccounts((state) => state.notice);
  const announce = useAccounts((state) => state.announce);

  useEffect(() => {
    void refresh();
    // A notice from an earlier visit would be read out again on return.
    return () => announce('');
  }, [refresh, announce]);

  return (
    <div className="accounts-panel" data-testid="accounts-panel">
      <p className="accounts-intro">
        <FormattedMessage
          id="settings.accounts.intro"
          defaultMessage="Outpost sends responses to QuestionPro and respondent lists to QMob. Keys and passwords are kept in this computer’s keychain; Outpost shows only whether one is stored."
        />
      </p>
      <KeychainNotice />
      <p className="accounts-notice" aria-live="polite" data-testid="accounts-notice">
        {notice}
      </p>
      <AccountList />
      <AddAccount />
      <PracticeStarter />
    </div>
  );
}
