import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { type VaultState } from '../../../common/contract';
import type { AppError, Result } from '../../../common/result';
import { saySentence } from '../../../common/i18n/phrase';
import { call } from '../api/client';
import { errorInWords } from '../i18n/error-words';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseFrom } from './new-passphrase';
import { acceptVaultState } from './unlock';

type Phase =
  | { kind: 'loading' }
  | { kind: 'open' }
  | { kind: 'ask'; state: VaultState }
  | { kind: 'failed'; error: AppError };

/**
 * Nothing of the app runs before the data key is there: every row of the
 * database is sealed with it. Main hands it over from the keychain; where the
 * computer has none, the user's passphrase opens it; where the keychain lost
 * it, the recovery file brings it back.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const settle = (result: Result<VaultState>): AppError | undefined => {
    if (!result.ok) return result.error;
    setPhase(acceptVaultState(result.value) ? { kind: 'open' } : { kind: 'ask', state: result.value });
    return undefined;
  };
  useEffect(() => {
    void call('vault.open').then((result) => {
      if (!result.ok) setPhase({ kind: 'failed', error: result.error });
      else settle(result);
    });
    // Once, at start-up.
  }, []);

  if (phase.kind === 'open') return <>{children}</>;
  if (phase.kind === 'loading')
    return (
      <p className="vault-loading">
        <FormattedMessage id="vault.opening" defaultMessage="Opening Outpost’s data…" />
      </p>
    );
  if (phase.kind === 'failed')
    return (
      <main className="vault-gate">
        <h1>
          <FormattedMessage id="vault.failed.title" defaultMessage="Outpost cannot open its data" />
        </h1>
        <p role="alert">{errorInWords(intl, phase.error).message}</p>
      </main>
    );
  if (phase.state.state === 'key-missing') return <RestoreFromRecovery onResult={settle} />;
  return (
    <PassphraseForm firstRun={phase.state.state === 'needs-passphrase' && phase.state.firstRun} onResult={settle} />
  );
}

function PassphraseForm({
  firstRun,
  onResult,
}: {
  firstRun: boolean;
  onResult: (r: Result<VaultState>) => AppError | undefined;
}) {
  const intl = useIntl();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let passphrase = String(form.get('passphrase') ?? '');
    if (firstRun) {
      const chosen = newPassphraseFrom(form);
      if (chosen.problem !== undefined) {
        setError(saySentence(intl, chosen.problem));
        return;
      }
      passphrase = chosen.passphrase;
    }
    setBusy(true);
    const failed = onResult(await call('vault.unlock', { passphrase }));
    setBusy(false);
    if (failed) setError(errorInWords(intl, failed).message);
  };
  const passphraseLabel = <FormattedMessage id="vault.passphrase.label" defaultMessage="Passphrase" />;
  return (
    <main className="vault-gate">
      <h1>
        {firstRun ? (
          <FormattedMessage id="vault.passphrase.chooseTitle" defaultMessage="Choose a passphrase for Outpost’s data" />
        ) : (
          <FormattedMessage id="vault.passphrase.enterTitle" defaultMessage="Enter Outpost’s passphrase" />
        )}
      </h1>
      <p>
        <FormattedMessage
          id="vault.passphrase.explain"
          defaultMessage="This computer has no keychain that keeps secrets across restarts, so the key that encrypts respondents’ data is protected by a passphrase instead. Outpost asks for it each time it starts."
        />
      </p>
      {firstRun ? (
        <p>
          <FormattedMessage
            id="vault.passphrase.warning"
            defaultMessage="<strong>Nobody can recover a forgotten passphrase.</strong> Once you are in, save a recovery file from Settings and keep it apart from this computer."
            values={{ strong: (chunks) => <strong>{chunks}</strong> }}
          />
        </p>
      ) : null}
      <form
        aria-label={intl.formatMessage({ id: 'vault.passphrase.form', defaultMessage: 'Passphrase' })}
        onSubmit={(event) => void submit(event)}
      >
        {firstRun ? (
          <NewPassphraseFields label={passphraseLabel} required />
        ) : (
          <label>
            {passphraseLabel}
            <input name="passphrase" type="password" autoComplete="current-password" required />
          </label>
        )}
        <p role="alert">{error}</p>
        <button type="submit" disabled={busy}>
          {busy ? (
            <FormattedMessage id="vault.passphrase.opening" defaultMessage="Opening…" />
          ) : firstRun ? (
            <FormattedMessage id="vault.passphrase.use" defaultMessage="Use this passphrase" />
          ) : (
            <FormattedMessage id="vault.passphrase.open" defaultMessage="Open" />
          )}
        </button>
      </form>
    </main>
  );
}

function RestoreFromRecovery({ onResult }: { onResult: (r: Result<VaultState>) => AppError | undefined }) {
  const intl = useIntl();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(
        intl.formatMessage({ id: 'vault.restore.chooseFile', defaultMessage: 'Choose the recovery file you saved.' }),
      );
      return;
    }
    setBusy(true);
    const failed = onResult(
      await call('vault.restore', { file: await file.text(), passphrase: String(form.get('passphrase') ?? '') }),
    );
    setBusy(false);
    if (failed) setError(errorInWords(intl, failed).message);
  };
  return (
    <main className="vault-gate">
      <h1>
        <FormattedMessage id="vault.restore.title" defaultMessage="Outpost’s data key is missing" />
      </h1>
      <p>
        <FormattedMessage
          id="vault.restore.explain"
          defaultMessage="This computer’s keychain no longer holds the key that encrypts Outpost’s data, so the data cannot be read. If you saved a recovery file, choose it and type the passphrase you gave it. Without it, the data stays unreadable."
        />
      </p>
      <form
        aria-label={intl.formatMessage({ id: 'vault.restore.form', defaultMessage: 'Restore the data key' })}
        onSubmit={(event) => void submit(event)}
      >
        <label>
          <FormattedMessage id="vault.restore.file" defaultMessage="Recovery file" />
          <input name="file" type="file" accept=".json,application/json" />
        </label>
        <label>
          <FormattedMessage id="vault.restore.passphrase" defaultMessage="Its passphrase" />
          <input name="passphrase" type="password" autoComplete="off" />
        </label>
        <p role="alert">{error}</p>
        <button type="submit" disabled={busy}>
          {busy ? (
            <FormattedMessage id="vault.restore.restoring" defaultMessage="Restoring…" />
          ) : (
            <FormattedMessage id="vault.restore.restore" defaultMessage="Restore the key" />
          )}
        </button>
      </form>
    </main>
  );
}
