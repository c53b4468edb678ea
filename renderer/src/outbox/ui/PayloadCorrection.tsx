import { FormattedMessage, useIntl } from 'react-intl';
import { useState } from 'react';
import type { OutboxPayload } from '../../../../common/outbox/outbox-item';
import { FormActions } from '../../components/FormActions';
import { useSaving } from '../../components/use-saving';
import { checkedPayload } from '../payload-check';

/** For kinds without a form of their own: the payload as JSON, checked against its schema before anything is saved. */
export function PayloadCorrection({
  payload,
  onSubmit,
  onCancel,
}: {
  payload: OutboxPayload;
  /** Saves the correction; the form shows it is saving until this settles. */
  onSubmit: (payload: OutboxPayload) => Promise<void>;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const [text, setText] = useState(() => JSON.stringify(payload, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  const { saving, whileSaving } = useSaving();
  return (
    <form
      className="correction"
      aria-label={intl.formatMessage({ id: 'outbox.correct.itemLabel', defaultMessage: 'Correct item' })}
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkedPayload(intl, text);
        if (!checked.ok) {
          setProblem(checked.error.message);
          return;
        }
        void whileSaving(() => onSubmit(checked.value));
      }}
    >
      <label>
        <FormattedMessage id="outbox.correct.payload" defaultMessage="What will be sent" />
        <textarea
          autoComplete="off"
          value={text}
          rows={14}
          spellCheck={false}
          translate="no"
          onChange={(event) => setText(event.target.value)}
          aria-describedby={problem ? 'payload-problem' : undefined}
        />
      </label>
      {problem ? (
        <p id="payload-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <FormActions
        submitLabel={<FormattedMessage id="outbox.correct.save" defaultMessage="Save and send again" />}
        saving={saving}
        onCancel={onCancel}
      />
    </form>
  );
}
