import { useEffect, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { KeychainStatus } from '../../../common/contract';
import { call } from '../api/client';

/**
 * Says where keys and passwords are kept, and, on a computer with no keychain,
 * asks before using the store that forgets them at restart.
 */
export function KeychainNotice() {
  const [status, setStatus] = useState<KeychainStatus>();
  useEffect(() => {
    let active = true;
    void call('secrets.status').then((result) => {
      if (active && result.ok) setStatus(result.value);
    });
    return () => {
      active = false;
    };
  }, []);

  if (!status || status.store === 'system') return null;
  if (status.store === 'test-file') {
    return (
      <p className="notice" data-testid="keychain-notice">
        <FormattedMessage
          id="settings.keychain.testFile"
          defaultMessage="Test host: keys and passwords are kept in a file of this test run, not in a keychain."
        />
      </p>
    );
  }
  if (status.store === 'session') {
    return (
      <p className="notice notice-warning" data-testid="keychain-notice">
        <FormattedMessage
          id="settings.keychain.session"
          defaultMessage="Keys and passwords are kept only until this computer restarts; you will need to enter them again then."
        />
      </p>
    );
  }
  return (
    <div className="notice notice-warning" role="alert" data-testid="keychain-notice">
      <p>
        <FormattedMessage
          id="settings.keychain.none"
          defaultMessage="<strong>This computer has no keychain for Outpost.</strong> Without one, Outpost cannot keep API keys and passwords. ({reason})"
          values={{
            strong: (chunks) => <strong>{chunks}</strong>,
            // The system's own words: support reads them as they are.
            reason: (
              <span translate="no" dir="auto">
                {status.reason}
              </span>
            ),
          }}
        />
      </p>
      {status.canUseSession ? (
        <>
          <p>
            <FormattedMessage
              id="settings.keychain.sessionOffer"
              defaultMessage="You can keep them until the computer restarts, then enter them again. Or ask your IT department to set up a keychain (such as GNOME Keyring)."
            />
          </p>
          <button
            type="button"
            onClick={() => void call('secrets.useSessionStore').then((result) => result.ok && setStatus(result.value))}
          >
            <FormattedMessage id="settings.keychain.useSession" defaultMessage="Keep them until restart" />
          </button>
        </>
      ) : (
        <p>
          <FormattedMessage
            id="settings.keychain.askIt"
            defaultMessage="Ask your IT department to set up a keychain (such as GNOME Keyring), then restart Outpost."
          />
        </p>
      )}
    </div>
  );
}
