import type { KeyboardEvent } from 'react';
import { answerKey, choicesOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

export function DropdownQuestion({ question, answer, problem, onAnswer, onTouched }: QuestionProps) {
  const key = answerKey(question);
  const selected = choicesOf(answer)[0];
  const id = fieldId(question);
  const problemId = fieldId(question, 'problem');
  const pick = (value: string): void => {
    onAnswer(key, { choices: value ? [Number(value)] : [] });
    onTouched(key);
  };
  // A select takes typed letters natively; number keys pick the nth answer as in every other choice question.
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>): void => {
    if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const choice = question.answers[Number(event.key) - 1];
    if (!choice) return;
    event.preventDefault();
    pick(String(choice.answerID));
  };
  return (
    <div className="question" data-qblock>
      <label htmlFor={id} className="question-label">
        <QuestionTitle question={question} />
      </label>
      <select
        id={id}
        value={selected === undefined ? '' : String(selected)}
        onChange={(event) => pick(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={problemId}
        aria-invalid={problem ? true : undefined}
        aria-required={question.required}
      >
        <option value="">Choose…</option>
        {question.answers.map((choice, index) => (
          <option key={choice.answerID} value={String(choice.answerID)}>
            {index < 9 ? `${index + 1}. ` : ''}
            {choice.text}
          </option>
        ))}
      </select>
      <Problem id={problemId} text={problem} />
    </div>
  );
}
