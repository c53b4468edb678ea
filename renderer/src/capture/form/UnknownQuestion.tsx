import { FormattedMessage, useIntl } from 'react-intl';
import type { LocalQuestion } from '../../../../common/capture';

/** A question Outpost cannot capture: shown read-only, never silently dropped, and left unanswered. */
export function UnknownQuestion({ question }: { question: LocalQuestion }) {
  const intl = useIntl();
  return (
    <div
      className="question unknown"
      role="note"
      aria-label={intl.formatMessage(
        { id: 'capture.form.unknownLabel', defaultMessage: 'Question {code} cannot be answered in Outpost' },
        { code: question.code },
      )}
    >
      <p className="question-label">
        {/* Not a question Outpost counts or numbers (see common/capture/progress): no number here. */}
        <bdi>{question.text}</bdi>
      </p>
      {question.answers.length > 0 ? (
        <ul>
          {question.answers.map((choice) => (
            <li key={choice.answerID}>
              <bdi>{choice.text}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {question.rows.length > 0 ? (
        <ul>
          {question.rows.map((row) => (
            <li key={row.rowID}>
              <bdi>{row.text}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="notice">
        <FormattedMessage
          id="capture.form.unknown"
          defaultMessage="Outpost cannot capture this kind of question (“{type}”). It is shown read-only and stays unanswered in this response."
          values={{ type: question.type }}
        />
      </p>
    </div>
  );
}
