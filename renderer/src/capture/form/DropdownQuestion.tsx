import { useIntl } from 'react-intl';
import type { KeyboardEvent } from 'react';
import { answerKey, choicesOf, entriesOf, otherOf, type Entry } from '../../../../common/capture';
import { OtherText } from './OtherText';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

export function DropdownQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const intl = useIntl();
  const entry = entriesOf(question)[0] as Extract<Entry, { kind: 'choices' }> | undefined;
  if (!entry) return null;
  const key = answerKey(entry);
  const answer = answers[key];
  const selected = choicesOf(answer)[0];
  const other = otherOf(answer);
  const problem = problems.get(key) ?? null;
  const id = fieldId(entry.questionID);
  const problemId = fieldId(entry.questionID, 'problem');
  const pick = (value: string): void => {
    onAnswer(key, { choices: value ? [Number(value)] : [] });
    onTouched(key);
  };
  // A select takes typed letters natively; number keys pick the nth answer as in every other choice question.
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>): void => {
    if (!/^[1-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const choice = entry.choices[Number(event.key) - 1];
    if (!choice) return;
    event.preventDefault();
    pick(String(choice.answerID));
  };
  const otherChoice = entry.choices.find((choice) => choice.other && choice.answerID === selected);
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
        <option value="">{intl.formatMessage({ id: 'capture.form.choose', defaultMessage: 'Choose…' })}</option>
        {entry.choices.map((choice, index) => (
          <option key={choice.answerID} value={String(choice.answerID)}>
            {index < 9
              ? intl.formatMessage(
                  { id: 'capture.form.numberedChoice', defaultMessage: '{number}. {choice}' },
                  { number: index + 1, choice: choice.text },
                )
              : choice.text}
          </option>
        ))}
      </select>
      {otherChoice && selected !== undefined ? (
        <OtherText
          entryQuestionID={entry.questionID}
          label={otherChoice.text}
          value={other}
          onChange={(text) => onAnswer(key, { choices: [selected], other: text })}
          onBlur={() => onTouched(key)}
        />
      ) : null}
      <Problem id={problemId} text={problem} />
    </div>
  );
}
