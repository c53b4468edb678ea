import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const name = <span translate="no">{account.label}</span>;

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
        <FormattedMessage
          id="settings.remove.button"
          defaultMessage="Remove<hidden> {account}</hidden>"
          values={{ account: name, hidden: (chunks) => <span className="visually-hidden">{chunks}</span> }}
        />
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-label={intl.formatMessage(
        { id: 'settings.remove.group', defaultMessage: 'Remove {account}?' },
        { account: account.label },
      )}
      className="remove-confirmation"
    >
      <p>
        <FormattedMessage
          id="settings.remove.question"
          defaultMessage="{kind, select, questionpro {Remove “{account}”? Its stored API key is deleted from this computer.} other {Remove “{account}”? Its stored password is deleted from this computer.}}"
          values={{ kind: account.kind, account: name }}
        />
      </p>
      <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
        <FormattedMessage id="settings.remove.confirm" defaultMessage="Yes, remove" />
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
        <FormattedMessage id="settings.remove.keep" defaultMessage="Keep account" />
      </button>
      <div role="alert">{error ? <AppErrorMessage error={error} /> : null}</div>
    </div>
  );
}
