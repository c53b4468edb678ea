import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface FormActionsProps {
  /** What the submit button says: what saving does in this form ("Add respondent", "Save and send again"). */
  submitLabel: ReactNode;
  /** A save is running: submit is disabled and says so, so a second press or Enter cannot save twice. */
  saving: boolean;
  onCancel: () => void;
}

/**
 * The submit and cancel buttons at the foot of a form. Submit is the form's own submit button, so
 * Enter in any field submits; Cancel is a plain button, never a submit, and stays usable while saving.
 */
export function FormActions({ submitLabel, saving, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" disabled={saving}>
        {saving ? <FormattedMessage id="common.saving" defaultMessage="Saving…" /> : submitLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        <FormattedMessage id="common.cancel" defaultMessage="Cancel" />
      </button>
    </div>
  );
}
