import { FormattedMessage, useIntl } from 'react-intl';
import { useId, useState, type FormEvent } from 'react';
import { captureSettingsSchema, type CaptureSettings } from '../../../common/capture';
import { database } from '../db/database';
import './capture.css';
import { writeCaptureSettings } from './data/settings';
import { useCaptureSettings } from './use-capture-settings';

function SettingsForm({ initial }: { initial: CaptureSettings }) {
  const [draft, setDraft] = useState(initial);
  const intl = useIntl();
  const [message, setMessage] = useState('');
  const id = useId();

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = captureSettingsSchema.safeParse(draft);
    if (!checked.success) {
      setMessage(
        intl.formatMessage({
          id: 'settings.capture.invalid',
          defaultMessage: 'Language cannot be empty, and IDs are at most 100 characters.',
        }),
      );
      return;
    }
    await writeCaptureSettings(database, checked.data);
    setMessage(
      intl.formatMessage({ id: 'settings.capture.saved', defaultMessage: 'Saved. New responses carry these IDs.' }),
    );
  };

  return (
    <form className="capture-settings" onSubmit={(event) => void save(event)}>
      <div className="field">
        <label htmlFor={`${id}-enumerator`}>
          <FormattedMessage id="settings.capture.enumerator" defaultMessage="Enumerator ID" />
        </label>
        <input
          id={`${id}-enumerator`}
          value={draft.enumeratorId}
          onChange={(e) => setDraft({ ...draft, enumeratorId: e.target.value })}
        />
        <p className="hint">
          <FormattedMessage
            id="settings.capture.enumeratorHint"
            defaultMessage="Sent with every response as custom variable 1."
          />
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-device`}>
          <FormattedMessage id="settings.capture.device" defaultMessage="Device ID" />
        </label>
        <input
          id={`${id}-device`}
          value={draft.deviceId}
          onChange={(e) => setDraft({ ...draft, deviceId: e.target.value })}
        />
        <p className="hint">
          <FormattedMessage
            id="settings.capture.deviceHint"
            defaultMessage="Names this laptop; sent as custom variable 2."
          />
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>
          <FormattedMessage id="settings.capture.language" defaultMessage="Response language" />
        </label>
        <input
          id={`${id}-language`}
          value={draft.language}
          onChange={(e) => setDraft({ ...draft, language: e.target.value })}
          aria-describedby={`${id}-language-hint`}
        />
        <p className="hint" id={`${id}-language-hint`}>
          <FormattedMessage
            id="settings.capture.languageHint"
            defaultMessage="Only for surveys that list no languages; otherwise the interview language picked for each response is sent."
          />
        </p>
      </div>
      <div className="field field-inline">
        <input
          id={`${id}-location`}
          type="checkbox"
          checked={draft.shareLocation}
          onChange={(e) => setDraft({ ...draft, shareLocation: e.target.checked })}
        />
        <label htmlFor={`${id}-location`}>
          <FormattedMessage
            id="settings.capture.location"
            defaultMessage="Record the laptop’s position with each response"
          />
        </label>
      </div>
      <div className="actions">
        <button type="submit">
          <FormattedMessage id="settings.capture.save" defaultMessage="Save capture settings" />
        </button>
        <span aria-live="polite" className="hint">
          {message}
        </span>
      </div>
    </form>
  );
}

/** Settings → Capture: who captures on which laptop, and whether the position goes with responses. */
export function CaptureSettingsPanel() {
  const settings = useCaptureSettings();
  return (
    <section className="capture" aria-labelledby="capture-settings-heading">
      <h2 id="capture-settings-heading">
        <FormattedMessage id="settings.capture.heading" defaultMessage="Capture" />
      </h2>
      {settings ? (
        <SettingsForm initial={settings} />
      ) : (
        <p>
          <FormattedMessage id="common.loading" defaultMessage="Loading…" />
        </p>
      )}
    </section>
  );
}
