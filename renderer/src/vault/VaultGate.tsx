import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { PASSPHRASE_MIN_LENGTH, type VaultState } from '../../../common/contract';
import type { AppError, Result } from '../../../common/result';
import { call } from '../api/client';
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
  if (phase.kind === 'loading') return <p className="vault-loading">Opening Outpost’s data…</p>;
  if (phase.kind === 'failed')
    return (
      <main className="vault-gate">
        <h1>Outpost cannot open its data</h1>
        <p role="alert">{phase.error.message}</p>
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
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const passphrase = String(form.get('passphrase') ?? '');
    if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
      setError(`Use at least ${PASSPHRASE_MIN_LENGTH} characters; a few words you remember work well.`);
      return;
    }
    if (firstRun && passphrase !== String(form.get('repeat') ?? '')) {
      setError('The two passphrases are not the same.');
      return;
    }
    setBusy(true);
    const failed = onResult(await call('vault.unlock', { passphrase }));
    setBusy(false);
    if (failed) setError(failed.message);
  };
  return (
    <main className="vault-gate">
      <h1>{firstRun ? 'Choose a passphrase for Outpost’s data' : 'Enter Outpost’s passphrase'}</h1>
      <p>
        This computer has no keychain that keeps secrets across restarts, so the key that encrypts respondents’ data is
        protected by a passphrase instead. Outpost asks for it each time it starts.
      </p>
      {firstRun ? (
        <p>
          <strong>Nobody can recover a forgotten passphrase.</strong> Once you are in, save a recovery file from
          Settings and keep it apart from this computer.
        </p>
      ) : null}
      <form aria-label="Passphrase" onSubmit={(event) => void submit(event)}>
        <label>
          Passphrase
          <input
            name="passphrase"
            type="password"
            autoComplete={firstRun ? 'new-password' : 'current-password'}
            required
          />
        </label>
        {firstRun ? (
          <label>
            The same passphrase again
            <input name="repeat" type="password" autoComplete="new-password" required />
          </label>
        ) : null}
        <p role="alert">{error}</p>
        <button type="submit" disabled={busy}>
          {busy ? 'Opening…' : firstRun ? 'Use this passphrase' : 'Open'}
        </button>
      </form>
    </main>
  );
}

function RestoreFromRecovery({ onResult }: { onResult: (r: Result<VaultState>) => AppError | undefined }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError('Choose the recovery file you saved.');
      return;
    }
    setBusy(true);
    const failed = onResult(
      await call('vault.restore', { file: await file.text(), passphrase: String(form.get('passphrase') ?? '') }),
    );
    setBusy(false);
    if (failed) setError(failed.message);
  };
  return (
    <main className="vault-gate">
      <h1>Outpost’s data key is missing</h1>
      <p>
        This computer’s keychain no longer holds the key that encrypts Outpost’s data, so the data cannot be read. If
        you saved a recovery file, choose it and type the passphrase you gave it. Without it, the data stays unreadable.
      </p>
      <form aria-label="Restore the data key" onSubmit={(event) => void submit(event)}>
        <label>
          Recovery file
          <input name="file" type="file" accept=".json,application/json" />
        </label>
        <label>
          Its passphrase
          <input name="passphrase" type="password" autoComplete="off" />
        </label>
        <p role="alert">{error}</p>
        <button type="submit" disabled={busy}>
          {busy ? 'Restoring…' : 'Restore the key'}
        </button>
      </form>
    </main>
  );
}
