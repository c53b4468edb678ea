import { answerKey, textOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/** Single-line, multi-line and numeric questions. */
export function TextQuestion({ question, answer, problem, onAnswer, onTouched }: QuestionProps) {
  const key = answerKey(question);
  const id = fieldId(question);
  const problemId = fieldId(question, 'problem');
  const common = {
    id,
    value: textOf(answer),
    'aria-describedby': problemId,
    'aria-invalid': problem ? true : undefined,
    'aria-required': question.required,
    onBlur: () => onTouched(key),
  } as const;
  return (
    <div className="question" data-qblock>
      <label htmlFor={id} className="question-label">
        <QuestionTitle question={question} />
      </label>
      {question.type === 'text_multi_line' ? (
        <textarea {...common} rows={4} onChange={(event) => onAnswer(key, { text: event.target.value })} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={question.type === 'numeric' ? 'decimal' : undefined}
          autoComplete="off"
          onChange={(event) => onAnswer(key, { text: event.target.value })}
        />
      )}
      <Problem id={problemId} text={problem} />
    </div>
  );
}
