import { answerKey, choicesOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/** Radio (one answer) and checkbox (several) questions; number keys pick choices (see keyboard.ts). */
export function ChoiceQuestion({ question, answer, problem, onAnswer, onTouched }: QuestionProps) {
  const many = question.type === 'multiple_choice_checkbox';
  const picked = choicesOf(answer);
  const key = answerKey(question);
  const problemId = fieldId(question, 'problem');
  const toggle = (answerID: number, on: boolean): void => {
    const next = many
      ? on
        ? [...picked.filter((id) => id !== answerID), answerID]
        : picked.filter((id) => id !== answerID)
      : [answerID];
    onAnswer(key, { choices: next });
    onTouched(key);
  };
  return (
    <fieldset className="question" data-qblock aria-describedby={problemId} aria-invalid={problem ? true : undefined}>
      <legend>
        <QuestionTitle question={question} />
      </legend>
      {many ? <p className="hint">Pick all that apply.</p> : null}
      <div className="choices">
        {question.answers.map((choice, index) => (
          <label key={choice.answerID} className="choice">
            <input
              type={many ? 'checkbox' : 'radio'}
              name={fieldId(question)}
              value={choice.answerID}
              checked={picked.includes(choice.answerID)}
              onChange={(event) => toggle(choice.answerID, event.target.checked)}
            />
            {index < 9 ? (
              <kbd className="key" aria-hidden="true">
                {index + 1}
              </kbd>
            ) : null}
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
      <Problem id={problemId} text={problem} />
    </fieldset>
  );
}
