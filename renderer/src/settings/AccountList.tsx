import { useAccounts } from './accounts-store';
import { AccountCard } from './AccountCard';
import { AppErrorMessage } from './AppErrorMessage';

/** The stored accounts, practice ones marked; an honest line while loading or when none exist. */
export function AccountList() {
  const accounts = useAccounts((state) => state.accounts);
  const loaded = useAccounts((state) => state.loaded);
  const loadError = useAccounts((state) => state.loadError);

  if (loadError) {
    return (
      <div role="alert">
        <p>Outpost could not read the accounts list.</p>
        <AppErrorMessage error={loadError} />
      </div>
    );
  }
  if (!loaded) return <p>Loading accounts…</p>;
  if (accounts.length === 0) {
    return (
      <p className="accounts-empty" data-testid="accounts-empty">
        No accounts yet. Add your QuestionPro or QMob account, or start the practice workspace to try Outpost first.
        Until then nothing leaves this laptop.
      </p>
    );
  }
  return (
    <ul className="account-list" aria-label="Accounts" data-testid="account-list">
      {accounts.map((account) => (
        <AccountCard key={account.id} account={account} />
      ))}
    </ul>
  );
}
