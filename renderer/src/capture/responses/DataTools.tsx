import { useId, useState, type ChangeEvent } from 'react';
import { database } from '../../db/database';
import { restoredSentence } from '../../../../common/capture';
import { createBackup, restoreBackup } from '../data/backup';
import { exportSurveyCsv } from '../data/csv-export';
import { safeFileName, saveCsvFile, saveTextFile } from '../../files/save-file';
import { MAX_READ_BYTES } from '../files';

/** CSV of one survey's responses; full backup and restore of everything Outpost keeps. */
export function DataTools({ survey }: { survey: { accountId: string; surveyId: number; name: string } | null }) {
  const restoreId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportCsv = async (): Promise<void> => {
    if (!survey) return;
    const csv = await exportSurveyCsv(database, survey.accountId, survey.surveyId);
    saveCsvFile(`${safeFileName(survey.name, 'survey')}-responses.csv`, csv);
  };

  const backup = async (): Promise<void> => {
    const data = await createBackup(database, Date.now());
    saveTextFile(
      `outpost-backup-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify(data),
      'application/json',
    );
    setMessage({ text: 'Backup saved. Keep it somewhere other than this laptop.', error: false });
  };

  const restore = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_READ_BYTES) {
      setMessage({ text: 'This file is too large to be an Outpost backup. Nothing was restored.', error: true });
      return;
    }
    const result = await restoreBackup(database, await file.text());
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return;
    }
    setMessage({ text: restoredSentence(result.value), error: false });
  };

  return (
    <div className="data-tools">
      <button
        type="button"
        className="secondary"
        disabled={!survey}
        onClick={() => void exportCsv()}
        title={survey ? undefined : 'Pick a survey first'}
      >
        Export CSV{survey ? '' : ' (pick a survey)'}
      </button>
      <button type="button" className="secondary" onClick={() => void backup()}>
        Back up all data
      </button>
      <label htmlFor={restoreId} className="file-button">
        Restore from backup
      </label>
      <input
        id={restoreId}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(event) => void restore(event)}
      />
      <p
        className={message?.error ? 'field-problem' : 'hint'}
        role={message?.error ? 'alert' : undefined}
        aria-live="polite"
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
