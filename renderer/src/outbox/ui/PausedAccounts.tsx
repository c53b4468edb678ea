import { useAccounts } from '../../settings/accounts-store';
import { useNavigation } from '../../state/navigation';
import { useSyncView } from '../sync-store';

/** One notice per account whose credentials were refused: asked once, not once per item. */
export function PausedAccounts() {
  const engine = useSyncView((view) => view.engine);
  const paused = engine?.pausedAccounts ?? [];
  const setSection = useNavigation((state) => state.setSection);
  const accounts = useAccounts((state) => state.accounts);
  if (paused.length === 0) return null;
  return (
    <div className="paused-accounts">
      {paused.map(({ accountId, error }) => (
        <div key={accountId} role="alert" className="notice notice-warning" data-testid="paused-account">
          <p>
            <strong>
              Sending to {accounts.find((account) => account.id === accountId)?.label ?? 'an account no longer here'} is
              paused.
            </strong>{' '}
            {error.message}
          </p>
          <p>{error.action}</p>
          {error.serverMessage ? <p className="server-words">The server said: “{error.serverMessage}”</p> : null}
          <button type="button" onClick={() => setSection('settings')}>
            Open Settings → Accounts
          </button>
        </div>
      ))}
    </div>
  );
}
