import { answerKey, entriesOf, textOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/** Single-row, multiple-row (comment box) and numeric text: one box per row of the question. */
export function TextQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const entries = entriesOf(question);
  const multiline = question.type === 'text_multiple_row';
  const numeric = question.type === 'text_numeric';
  const boxes = entries.map((entry) => {
    if (entry.kind !== 'typed') return null;
    const key = answerKey(entry);
    const id = fieldId(entry.questionID);
    const problemId = fieldId(entry.questionID, 'problem');
    const problem = problems.get(key) ?? null;
    const common = {
      id,
      dir: 'auto',
      value: textOf(answers[key]),
      'aria-describedby': problemId,
      'aria-invalid': problem ? true : undefined,
      'aria-required': question.required,
      onBlur: () => onTouched(key),
      // Answers are personal: off, Chromium keeps them neither as autofill entries nor in the page state it saves
      // with the history (a textarea without it reached the browser profile's session file in plain text).
      autoComplete: 'off',
    } as const;
    const label =
      entries.length === 1 ? (
        <label htmlFor={id} className="question-label">
          <QuestionTitle question={question} />
        </label>
      ) : (
        <label htmlFor={id}>
          <bdi>{entry.label}</bdi>
        </label>
      );
    return (
      <div key={key} className={entries.length === 1 ? undefined : 'subfield'} data-qblock>
        {label}
        {multiline ? (
          <textarea {...common} rows={4} onChange={(event) => onAnswer(key, { text: event.target.value })} />
        ) : (
          <input
            {...common}
            type="text"
            inputMode={numeric ? 'decimal' : undefined}
            onChange={(event) => onAnswer(key, { text: event.target.value })}
          />
        )}
        <Problem id={problemId} text={problem} />
      </div>
    );
  });
  if (entries.length === 1) return <div className="question">{boxes}</div>;
  return (
    <fieldset className="question group">
      <legend>
        <QuestionTitle question={question} />
      </legend>
      {boxes}
    </fieldset>
  );
}
