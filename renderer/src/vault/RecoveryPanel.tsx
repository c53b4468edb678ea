import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { call } from '../api/client';
import { saveTextFile } from '../files/save-file';
import { saySentence } from '../../../common/i18n/phrase';
import { errorInWords } from '../i18n/error-words';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseFrom } from './new-passphrase';

/**
 * The recovery file: the data key wrapped by a passphrase the user picks, for
 * the day this computer's keychain (or its passphrase) is lost.
 */
export function RecoveryPanel() {
  const intl = useIntl();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const element = event.currentTarget;
    const chosen = newPassphraseFrom(new FormData(element));
    if (chosen.problem !== undefined) {
      setMessage({ text: saySentence(intl, chosen.problem), error: true });
      return;
    }
    setBusy(true);
    const result = await call('vault.recoveryFile', { passphrase: chosen.passphrase });
    setBusy(false);
    element.reset();
    if (!result.ok) {
      setMessage({ text: errorInWords(intl, result.error).message, error: true });
      return;
    }
    saveTextFile('outpost-recovery-key.json', result.value.file, 'application/json');
    setMessage({
      text: intl.formatMessage({
        id: 'vault.recovery.saved',
        defaultMessage: 'Recovery file saved. Keep it, and its passphrase, away from this laptop.',
      }),
      error: false,
    });
  };
  return (
    <section aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">
        <FormattedMessage id="vault.recovery.heading" defaultMessage="Data key recovery" />
      </h2>
      <p>
        <FormattedMessage
          id="vault.recovery.explain"
          defaultMessage="Respondents’ data on this laptop is encrypted with a key kept in this computer’s keychain (or protected by your passphrase). If that key is ever lost (a reinstalled system, a reset keychain), the data can only be read again with a recovery file. <strong>Losing both the key and the recovery file, or its passphrase, means the data on this laptop can never be read again.</strong> Data already delivered to QuestionPro and QMob is not affected."
          values={{ strong: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <form
        aria-label={intl.formatMessage({ id: 'vault.recovery.form', defaultMessage: 'Save a recovery file' })}
        onSubmit={(event) => void submit(event)}
      >
        <NewPassphraseFields
          label={<FormattedMessage id="vault.recovery.passphrase" defaultMessage="Recovery passphrase" />}
        />
        <button type="submit" disabled={busy}>
          {busy ? (
            <FormattedMessage id="vault.recovery.preparing" defaultMessage="Preparing…" />
          ) : (
            <FormattedMessage id="vault.recovery.save" defaultMessage="Save a recovery file" />
          )}
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
