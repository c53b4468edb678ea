import { useState } from 'react';

/**
 * Files Outpost cannot encrypt (CSV, which spreadsheets open as it is; the
 * outbox's JSON exports, for support and for items given up on): before one is
 * saved, the user reads that it holds respondents' data in plain text.
 */
export function PlainFileButton({
  label,
  kind,
  onSave,
  disabled,
}: {
  label: string;
  kind: 'CSV' | 'JSON';
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
        This {kind} file is <strong>not encrypted</strong>: anyone who gets the file can read what it holds. Save it
        only where it is safe, and delete it when you no longer need it.
      </p>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          void onSave();
        }}
      >
        Save unencrypted {kind}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}

export function PlainCsvButton(props: { label: string; onSave: () => Promise<void> | void; disabled?: boolean }) {
  return <PlainFileButton kind="CSV" {...props} />;
}
