import { FormattedMessage, useIntl } from 'react-intl';
import { useAccounts } from './accounts-store';
import { AccountCard } from './AccountCard';
import { AppErrorMessage } from './AppErrorMessage';

/** The stored accounts, practice ones marked; an honest line while loading or when none exist. */
export function AccountList() {
  const intl = useIntl();
  const accounts = useAccounts((state) => state.accounts);
  const loaded = useAccounts((state) => state.loaded);
  const loadError = useAccounts((state) => state.loadError);

  if (loadError) {
    return (
      <div role="alert">
        <p>
          <FormattedMessage id="settings.list.unreadable" defaultMessage="Outpost could not read the accounts list." />
        </p>
        <AppErrorMessage error={loadError} />
      </div>
    );
  }
  if (!loaded)
    return (
      <p>
        <FormattedMessage id="settings.list.loading" defaultMessage="Loading accounts…" />
      </p>
    );
  if (accounts.length === 0) {
    return (
      <p className="accounts-empty" data-testid="accounts-empty">
        <FormattedMessage
          id="settings.list.empty"
          defaultMessage="No accounts yet. Add your QuestionPro or QMob account, or start the practice workspace to try Outpost first. Until then nothing leaves this laptop."
        />
      </p>
    );
  }
  return (
    <ul
      className="account-list"
      aria-label={intl.formatMessage({ id: 'settings.list.label', defaultMessage: 'Accounts' })}
      data-testid="account-list"
    >
      {accounts.map((account) => (
        <AccountCard key={account.id} account={account} />
      ))}
    </ul>
  );
}
