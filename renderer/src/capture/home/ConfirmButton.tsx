import { useState } from 'react';
import { FormattedMessage } from 'react-intl';

interface ConfirmButtonProps {
  label: string;
  /** The question asked before acting, e.g. "Delete this draft?" */
  question: string;
  confirmLabel: string;
  onConfirm(): void;
}

/** A destructive action that asks first, in place, without a modal dialog. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button type="button" className="danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="secondary" autoFocus onClick={() => setAsking(false)}>
        <FormattedMessage id="common.keep" defaultMessage="Keep" />
      </button>
    </span>
  );
}
