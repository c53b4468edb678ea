import { useAccounts } from '../../settings/accounts-store';
import { FormattedMessage, useIntl } from 'react-intl';
import { errorInWords } from '../../i18n/error-words';
import { ServerWords } from '../../i18n/ServerWords';
import { useNavigation } from '../../state/navigation';
import { useSyncView } from '../sync-store';

/** One notice per account whose credentials were refused: asked once, not once per item. */
export function PausedAccounts() {
  const intl = useIntl();
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
              <FormattedMessage
                id="outbox.paused.title"
                defaultMessage="Sending to {account} is paused."
                values={{
                  account: (
                    <span translate="no">
                      {accounts.find((account) => account.id === accountId)?.label ??
                        intl.formatMessage({
                          id: 'outbox.paused.accountGone',
                          defaultMessage: 'an account no longer here',
                        })}
                    </span>
                  ),
                }}
              />
            </strong>{' '}
            {errorInWords(intl, error).message}
          </p>
          <p>{errorInWords(intl, error).action}</p>
          {error.serverMessage ? <ServerWords words={error.serverMessage} /> : null}
          <button type="button" onClick={() => setSection('settings')}>
            <FormattedMessage id="outbox.paused.openSettings" defaultMessage="Open Settings → Accounts" />
          </button>
        </div>
      ))}
    </div>
  );
}
