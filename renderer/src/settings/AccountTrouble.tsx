import { useState } from 'react';
import type { Account } from '../../../common/accounts/index';
import type { ServiceError } from '../../../common/errors/service-error';
import { call } from '../api/client';
import { actionOnAccountCard } from './action-here';
import { secretWord } from './account-description';
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
  const credentials = error.kind === 'auth' || error.kind === 'account-missing';
  const word = secretWord(account);

  const restorePractice = async (): Promise<void> => {
    setRestoring(true);
    setRestoreProblem(null);
    const result = await call('practice.start');
    setRestoring(false);
    if (!result.ok) {
      setRestoreProblem(result.error.message);
      return;
    }
    announce(`Restored the Practice ${word} of ${account.label}; sending resumes.`);
    await refresh();
  };

  return (
    <div className="notice notice-warning account-trouble" data-testid="account-trouble">
      <p>
        <strong>Sending to {account.label} is paused.</strong> {error.message}
      </p>
      <p>
        <strong>What to do:</strong> {actionOnAccountCard(error.action)}
      </p>
      {error.serverMessage ? (
        <p className="app-error-server">
          The server said: <q>{error.serverMessage}</q>
        </p>
      ) : null}
      {credentials ? (
        <div className="account-actions">
          <button type="button" onClick={onEnterSecret}>
            Enter the {word}
          </button>
          {account.practice ? (
            <button type="button" className="secondary" disabled={restoring} onClick={() => void restorePractice()}>
              {restoring ? `Restoring the Practice ${word}…` : `Restore the Practice ${word}`}
            </button>
          ) : null}
        </div>
      ) : null}
      {restoreProblem ? <p role="alert">{restoreProblem}</p> : null}
    </div>
  );
}
