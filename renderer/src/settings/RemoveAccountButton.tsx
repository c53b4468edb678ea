import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../../common/accounts/index';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';
import { AppErrorMessage } from './AppErrorMessage';
import { useReturnFocus } from './use-return-focus';

/** Removing deletes the stored secret too, so it asks first; the safe answer has focus. */
export function RemoveAccountButton({ account, onRemoved }: { account: Account; onRemoved: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const triggerRef = useReturnFocus<HTMLButtonElement>(confirming);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const remove = async (): Promise<void> => {
    setBusy(true);
    const result = await call('accounts.remove', { id: account.id });
    setBusy(false);
    if (result.ok) onRemoved();
    else setError(result.error);
  };

  if (!confirming) {
    return (
      <button ref={triggerRef} type="button" className="secondary" onClick={() => setConfirming(true)}>
        Remove<span className="visually-hidden"> {account.label}</span>
      </button>
    );
  }
  const secretName = account.kind === 'questionpro' ? 'API key' : 'password';
  return (
    <div role="group" aria-label={`Remove ${account.label}?`} className="remove-confirmation">
      <p>
        Remove “{account.label}”? Its stored {secretName} is deleted from this computer.
      </p>
      <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
        Yes, remove
      </button>
      <button
        ref={keepRef}
        type="button"
        className="secondary"
        onClick={() => {
          setError(undefined);
          setConfirming(false);
        }}
      >
        Keep account
      </button>
      <div role="alert">{error ? <AppErrorMessage error={error} /> : null}</div>
    </div>
  );
}
