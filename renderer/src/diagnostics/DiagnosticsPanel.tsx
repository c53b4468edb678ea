import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { outboxStates, type OutboxState } from '../../../common/outbox/outbox-item';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';
import { database } from '../db/database';
import { saveFile } from '../files/save-file';
import { AppErrorMessage } from '../settings/AppErrorMessage';

/** How many outbox items are in each state: the only thing about captured data a diagnostics bundle holds. */
async function outboxCounts(): Promise<Partial<Record<OutboxState, number>>> {
  const counts = await Promise.all(
    outboxStates.map(async (state) => [state, await database.outbox.where('state').equals(state).count()] as const),
  );
  return Object.fromEntries(counts.filter(([, count]) => count > 0));
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Settings → Diagnostics: one zip to hand to support. */
export function DiagnosticsPanel() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<AppError>();

  const save = async (): Promise<void> => {
    setBusy(true);
    setSaved(undefined);
    setError(undefined);
    try {
      const result = await call('diagnostics.save', { outbox: await outboxCounts() });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      saveFile(result.value.fileName, new Blob([bytesOf(result.value.zipBase64)], { type: 'application/zip' }));
      setSaved(result.value.fileName);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="diagnostics-heading" data-testid="diagnostics-settings">
      <h2 id="diagnostics-heading">
        <FormattedMessage id="settings.diagnostics.heading" defaultMessage="Diagnostics" />
      </h2>
      <p>
        <FormattedMessage
          id="settings.diagnostics.explain"
          defaultMessage="For support: one zip with Outpost’s logs, versions, settings and how many outbox items are in each state. It never contains API keys, passwords, survey answers or respondents."
        />
      </p>
      <button type="button" disabled={busy} onClick={() => void save()}>
        {busy ? (
          <FormattedMessage id="settings.diagnostics.saving" defaultMessage="Saving diagnostics…" />
        ) : (
          <FormattedMessage id="settings.diagnostics.save" defaultMessage="Save diagnostics" />
        )}
      </button>
      {saved ? (
        <p role="status" className="notice">
          <FormattedMessage
            id="settings.diagnostics.saved"
            defaultMessage="Saved {file}."
            values={{ file: <bdi translate="no">{saved}</bdi> }}
          />
        </p>
      ) : null}
      {error ? <AppErrorMessage error={error} /> : null}
    </section>
  );
}
