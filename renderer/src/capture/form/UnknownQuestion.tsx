import type { LocalQuestion } from '../../../../common/capture';

/** A question type Outpost does not know: shown, never silently dropped, and left unanswered. */
export function UnknownQuestion({ question }: { question: LocalQuestion }) {
  return (
    <div
      className="question unknown"
      role="note"
      aria-label={`Question ${question.code} cannot be answered in Outpost`}
    >
      <p className="question-label">
        <span className="qcode">{question.code}</span> {question.text}
      </p>
      {question.answers.length > 0 ? (
        <ul>
          {question.answers.map((choice) => (
            <li key={choice.answerID}>{choice.text}</li>
          ))}
        </ul>
      ) : null}
      <p className="notice">
        Outpost cannot show this kind of question (&ldquo;{question.type}&rdquo;) yet. It stays unanswered in this
        response.
      </p>
    </div>
  );
}
