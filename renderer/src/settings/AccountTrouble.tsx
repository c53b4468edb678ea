import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Account } from '../../../common/accounts/index';
import type { ServiceError } from '../../../common/errors/service-error';
import { call } from '../api/client';
import { onAccountCard } from './action-here';
import { errorInWords } from '../i18n/error-words';
import { ServerWords } from '../i18n/ServerWords';
import { useAccounts } from './accounts-store';

interface AccountTroubleProps {
  account: Account;
  /** Why delivery holds this account back, as the engine reported it. */
  error: ServiceError;
  /** Opens the card's editor with the secret's field focused. */
  onEnterSecret: () => void;
}

/**
 * What is wrong with an account whose sending is paused, on its own card, with the fix right
 * there: enter the secret again, or for a Practice account restore the one Practice issued.
 */
export function AccountTrouble({ account, error, onEnterSecret }: AccountTroubleProps) {
  const refresh = useAccounts((state) => state.refresh);
  const announce = useAccounts((state) => state.announce);
  const [restoring, setRestoring] = useState(false);
  const [restoreProblem, setRestoreProblem] = useState<string | null>(null);
  const intl = useIntl();
  const words = errorInWords(intl, onAccountCard(error));
  const credentials = error.kind === 'auth' || error.kind === 'account-missing';
  const secret = account.kind === 'questionpro' ? 'apiKey' : 'password';

  const restorePractice = async (): Promise<void> => {
    setRestoring(true);
    setRestoreProblem(null);
    const result = await call('practice.start');
    setRestoring(false);
    if (!result.ok) {
      setRestoreProblem(errorInWords(intl, result.error).message);
      return;
    }
    announce(
      intl.formatMessage(
        {
          id: 'settings.accountTrouble.restored',
          defaultMessage:
            '{secret, select, apiKey {Restored the Practice API key of {account}; sending resumes.} other {Restored the Practice password of {account}; sending resumes.}}',
        },
        { secret, account: account.label },
      ),
    );
    await refresh();
  };

  return (
    <div className="notice notice-warning account-trouble" data-testid="account-trouble">
      <p>
        <strong>
          <FormattedMessage
            id="settings.accountTrouble.paused"
            defaultMessage="Sending to {account} is paused."
            values={{ account: <span translate="no">{account.label}</span> }}
          />
        </strong>{' '}
        {words.message}
      </p>
      <p>
        <strong>
          <FormattedMessage id="settings.accountTrouble.whatToDo" defaultMessage="What to do:" />
        </strong>{' '}
        {words.action}
      </p>
      {error.serverMessage ? <ServerWords words={error.serverMessage} /> : null}
      {credentials ? (
        <div className="account-actions">
          <button type="button" onClick={onEnterSecret}>
            <FormattedMessage
              id="settings.accountTrouble.enterSecret"
              defaultMessage="{secret, select, apiKey {Enter the API key} other {Enter the password}}"
              values={{ secret }}
            />
          </button>
          {account.practice ? (
            <button
              type="button"
              className="secondary"
              aria-disabled={restoring}
              onClick={() => {
                if (!restoring) void restorePractice();
              }}
            >
              {restoring ? (
                <FormattedMessage
                  id="settings.accountTrouble.restoring"
                  defaultMessage="{secret, select, apiKey {Restoring the Practice API key…} other {Restoring the Practice password…}}"
                  values={{ secret }}
                />
              ) : (
                <FormattedMessage
                  id="settings.accountTrouble.restore"
                  defaultMessage="{secret, select, apiKey {Restore the Practice API key} other {Restore the Practice password}}"
                  values={{ secret }}
                />
              )}
            </button>
          ) : null}
        </div>
      ) : null}
      {restoreProblem ? <p role="alert">{restoreProblem}</p> : null}
    </div>
  );
}
