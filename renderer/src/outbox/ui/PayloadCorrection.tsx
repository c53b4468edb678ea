import { useState } from 'react';
import { outboxPayloadSchema, type OutboxPayload } from '../../../../common/outbox/outbox-item';
import { issuesInWords } from '../../../../common/zod-words';

/** For kinds without a form of their own: the payload as JSON, checked against its schema before anything is saved. */
export function PayloadCorrection({
  payload,
  onSubmit,
  onCancel,
}: {
  payload: OutboxPayload;
  onSubmit: (payload: OutboxPayload) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(payload, null, 2));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="correction"
      aria-label="Correct item"
      onSubmit={(event) => {
        event.preventDefault();
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          setProblem('This is not valid JSON.');
          return;
        }
        const checked = outboxPayloadSchema.safeParse(parsed);
        if (!checked.success) {
          setProblem(issuesInWords(checked.error, '(item)').join('; '));
          return;
        }
        onSubmit(checked.data);
      }}
    >
      <label>
        What will be sent
        <textarea
          value={text}
          rows={14}
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={problem ? 'payload-problem' : undefined}
        />
      </label>
      {problem ? (
        <p id="payload-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="correction-buttons">
        <button type="submit">Save and send again</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
