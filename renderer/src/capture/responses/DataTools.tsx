import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { database } from '../../db/database';
import { backupTooLarge, restoredSentence } from '../../../../common/capture';
import { failSaying, ok } from '../../../../common/result';
import { said } from '../../../../common/i18n/phrase';
import { defineMessages } from '../../i18n/define-messages';
import { outcomeInWords, type Outcome } from '../../i18n/outcome-words';
import { createBackup, restoreBackupFile } from '../data/backup';
import { backupKind, sealBackup } from '../data/backup-envelope';
import { exportSurveyCsv } from '../data/csv-export';
import { PlainCsvButton } from '../../files/PlainCsvButton';
import { safeFileName, saveCsvFile, saveTextFile } from '../../files/save-file';
import { MAX_READ_BYTES } from '../files';
import { NewPassphraseFields } from '../../vault/NewPassphraseFields';
import { newPassphraseFrom } from '../../vault/new-passphrase';

type Step = { kind: 'idle' } | { kind: 'backup' } | { kind: 'restore'; text: string };

const words = defineMessages({
  backupSaved: {
    id: 'capture.backup.saved',
    defaultMessage:
      'Encrypted backup saved. Keep it somewhere other than this laptop, and keep its passphrase apart from it.',
  },
});

/**
 * CSV of one survey's responses; full backup (encrypted with a passphrase) and restore of everything
 * Outpost keeps. What the last backup or restore did is kept as phrases and said when drawn.
 */
export function DataTools({ survey }: { survey: { accountId: string; surveyId: number; name: string } | null }) {
  const intl = useIntl();
  const restoreId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const exportCsv = async (): Promise<void> => {
    if (!survey) return;
    const csv = await exportSurveyCsv(database, survey.accountId, survey.surveyId);
    saveCsvFile(`${safeFileName(survey.name, 'survey')}-responses.csv`, csv);
  };

  const backup = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const chosen = newPassphraseFrom(new FormData(event.currentTarget));
    if (chosen.problem !== undefined) {
      setOutcome(failSaying('passphrase-unusable', chosen.problem));
      return;
    }
    setBusy(true);
    const data = await createBackup(database, Date.now());
    const sealed = await sealBackup(JSON.stringify(data), chosen.passphrase);
    setBusy(false);
    saveTextFile(`outpost-backup-${new Date().toISOString().slice(0, 10)}.json`, sealed, 'application/json');
    setStep({ kind: 'idle' });
    setOutcome(ok(said(words.backupSaved)));
  };

  const restoreText = async (text: string, passphrase: string): Promise<void> => {
    setBusy(true);
    const result = await restoreBackupFile(database, text, passphrase);
    setBusy(false);
    if (result.ok) setStep({ kind: 'idle' });
    setOutcome(result.ok ? ok(restoredSentence(result.value)) : result);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_READ_BYTES) {
      setOutcome(backupTooLarge());
      return;
    }
    const text = await file.text();
    setOutcome(null);
    // A backup from before encryption restores as it is; an encrypted one waits for its passphrase.
    if (backupKind(text) === 'encrypted') setStep({ kind: 'restore', text });
    else await restoreText(text, '');
  };

  const refused = outcome !== null && !outcome.ok;
  return (
    <div className="data-tools">
      <PlainCsvButton
        label={
          survey
            ? intl.formatMessage({ id: 'capture.data.exportCsv', defaultMessage: 'Export CSV' })
            : intl.formatMessage({ id: 'capture.data.exportCsvPick', defaultMessage: 'Export CSV (pick a survey)' })
        }
        disabled={!survey}
        onSave={exportCsv}
      />
      <button type="button" className="secondary" onClick={() => setStep({ kind: 'backup' })}>
        <FormattedMessage id="capture.data.backUp" defaultMessage="Back up all data" />
      </button>
      <label htmlFor={restoreId} className="file-button">
        <FormattedMessage id="capture.data.restore" defaultMessage="Restore from backup" />
      </label>
      <input
        id={restoreId}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(event) => void chooseFile(event)}
      />
      {step.kind === 'backup' ? (
        <form
          aria-label={intl.formatMessage({ id: 'capture.backup.formLabel', defaultMessage: 'Encrypt the backup' })}
          onSubmit={(event) => void backup(event)}
        >
          <p>
            <FormattedMessage
              id="capture.backup.explain"
              defaultMessage="The backup holds respondents’ data, so it is encrypted with a passphrase you choose now. Restoring it asks for the same passphrase: <strong>without it, nobody can open the backup, you included.</strong>"
              values={{ strong: (chunks) => <strong>{chunks}</strong> }}
            />
          </p>
          <NewPassphraseFields
            label={<FormattedMessage id="capture.backup.passphrase" defaultMessage="Backup passphrase" />}
          />
          <button type="submit" disabled={busy}>
            {busy ? (
              <FormattedMessage id="capture.backup.encrypting" defaultMessage="Encrypting…" />
            ) : (
              <FormattedMessage id="capture.backup.save" defaultMessage="Save encrypted backup" />
            )}
          </button>
          <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
            <FormattedMessage id="common.cancel" defaultMessage="Cancel" />
          </button>
        </form>
      ) : null}
      {step.kind === 'restore' ? (
        <form
          aria-label={intl.formatMessage({ id: 'capture.restore.formLabel', defaultMessage: 'Open the backup' })}
          onSubmit={(event) => {
            event.preventDefault();
            void restoreText(step.text, String(new FormData(event.currentTarget).get('passphrase') ?? ''));
          }}
        >
          <label>
            <FormattedMessage id="capture.restore.passphrase" defaultMessage="The backup’s passphrase" />
            <input name="passphrase" type="password" autoComplete="off" />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? (
              <FormattedMessage id="capture.restore.restoring" defaultMessage="Restoring…" />
            ) : (
              <FormattedMessage id="capture.restore.restore" defaultMessage="Restore" />
            )}
          </button>
          <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
            <FormattedMessage id="common.cancel" defaultMessage="Cancel" />
          </button>
        </form>
      ) : null}
      <p className={refused ? 'field-problem' : 'hint'} role={refused ? 'alert' : undefined} aria-live="polite">
        {outcome === null ? '' : outcomeInWords(intl, outcome)}
      </p>
    </div>
  );
}
