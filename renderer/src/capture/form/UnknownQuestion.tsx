import type { LocalQuestion } from '../../../../common/capture';

/** A question Outpost cannot capture: shown read-only, never silently dropped, and left unanswered. */
export function UnknownQuestion({ question }: { question: LocalQuestion }) {
  return (
    <div
      className="question unknown"
      role="note"
      aria-label={`Question ${question.code} cannot be answered in Outpost`}
    >
      <p className="question-label">
        <span className="qcode">{question.code}</span> <bdi>{question.text}</bdi>
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
        Outpost cannot capture this kind of question (&ldquo;{question.type}&rdquo;). It is shown read-only and stays
        unanswered in this response.
      </p>
    </div>
  );
}
