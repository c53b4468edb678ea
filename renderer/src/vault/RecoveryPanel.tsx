import { useState, type FormEvent } from 'react';
import { newPassphraseProblem } from '../../../common/contract';
import { call } from '../api/client';
import { saveTextFile } from '../files/save-file';

/**
 * The recovery file: the data key wrapped by a passphrase the user picks, for
 * the day this computer's keychain (or its passphrase) is lost.
 */
export function RecoveryPanel() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const passphrase = String(form.get('passphrase') ?? '');
    const problem = newPassphraseProblem(passphrase, String(form.get('repeat') ?? ''));
    if (problem) {
      setMessage({ text: problem, error: true });
      return;
    }
    setBusy(true);
    const result = await call('vault.recoveryFile', { passphrase });
    setBusy(false);
    element.reset();
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return;
    }
    saveTextFile('outpost-recovery-key.json', result.value.file, 'application/json');
    setMessage({ text: 'Recovery file saved. Keep it, and its passphrase, away from this laptop.', error: false });
  };
  return (
    <section aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Data key recovery</h2>
      <p>
        Respondents’ data on this laptop is encrypted with a key kept in this computer’s keychain (or protected by your
        passphrase). If that key is ever lost (a reinstalled system, a reset keychain), the data can only be read again
        with a recovery file.{' '}
        <strong>
          Losing both the key and the recovery file, or its passphrase, means the data on this laptop can never be read
          again.
        </strong>{' '}
        Data already delivered to QuestionPro and QMob is not affected.
      </p>
      <form aria-label="Save a recovery file" onSubmit={(event) => void submit(event)}>
        <label>
          Recovery passphrase
          <input name="passphrase" type="password" autoComplete="new-password" />
        </label>
        <label>
          The same passphrase again
          <input name="repeat" type="password" autoComplete="new-password" />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Preparing…' : 'Save a recovery file'}
        </button>
      </form>
      <p
        className={message?.error ? 'field-problem' : 'hint'}
        role={message?.error ? 'alert' : undefined}
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
