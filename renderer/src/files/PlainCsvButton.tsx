import { FormattedMessage, useIntl } from 'react-intl';
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
  const intl = useIntl();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="secondary" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div
      className="plain-file-warning"
      role="group"
      aria-label={intl.formatMessage({ id: 'files.plainCsv.label', defaultMessage: 'Save an unencrypted file' })}
    >
      <p>
        <FormattedMessage
          id="files.plainFile.warning"
          defaultMessage="This {kind} file is <strong>not encrypted</strong>: anyone who gets the file can read what it holds. Save it only where it is safe, and delete it when you no longer need it."
          values={{ kind, strong: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          void onSave();
        }}
      >
        <FormattedMessage id="files.plainFile.save" defaultMessage="Save unencrypted {kind}" values={{ kind }} />
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        <FormattedMessage id="common.cancel" defaultMessage="Cancel" />
      </button>
    </div>
  );
}

export function PlainCsvButton(props: { label: string; onSave: () => Promise<void> | void; disabled?: boolean }) {
  return <PlainFileButton kind="CSV" {...props} />;
}
