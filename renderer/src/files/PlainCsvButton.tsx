import { useState } from 'react';

/**
 * CSV files cannot be encrypted and spreadsheets open them as they are: before
 * one is saved, the user reads that it holds respondents' data in plain text.
 */
export function PlainCsvButton({
  label,
  onSave,
  disabled,
}: {
  label: string;
  onSave: () => Promise<void> | void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="secondary" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="plain-file-warning" role="group" aria-label="Save an unencrypted file">
      <p>
        This CSV file is <strong>not encrypted</strong>: anyone who gets the file can read what it holds. Save it only
        where it is safe, and delete it when you no longer need it.
      </p>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          void onSave();
        }}
      >
        Save unencrypted CSV
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
