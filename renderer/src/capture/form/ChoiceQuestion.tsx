import { FormattedMessage } from 'react-intl';
import { answerKey, choicesOf, entriesOf, otherOf, type Entry } from '../../../../common/capture';
import { OtherText } from './OtherText';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/** Radio (one answer) and checkbox (several) questions; number keys pick choices (see keyboard.ts). */
export function ChoiceQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const entry = entriesOf(question)[0] as Extract<Entry, { kind: 'choices' }> | undefined;
  if (!entry) return null;
  const key = answerKey(entry);
  const answer = answers[key];
  const picked = choicesOf(answer);
  const other = otherOf(answer);
  const problem = problems.get(key) ?? null;
  const problemId = fieldId(entry.questionID, 'problem');
  const byId = new Map(entry.choices.map((choice) => [choice.answerID, choice]));
  const toggle = (answerID: number, on: boolean): void => {
    const choice = byId.get(answerID);
    let next: number[];
    if (!entry.many) next = [answerID];
    else if (!on) next = picked.filter((id) => id !== answerID);
    // "Not applicable" excludes every other answer, and any other answer excludes it.
    else if (choice?.notApplicable) next = [answerID];
    else next = [...picked.filter((id) => id !== answerID && !byId.get(id)?.notApplicable), answerID];
    const keepsOther = next.some((id) => byId.get(id)?.other);
    onAnswer(key, keepsOther && other !== '' ? { choices: next, other } : { choices: next });
    onTouched(key);
  };
  const otherChoice = entry.choices.find((choice) => choice.other && picked.includes(choice.answerID));
  return (
    <fieldset
      className="question"
      data-qblock
      id={fieldId(entry.questionID, 'group')}
      aria-describedby={problemId}
      aria-invalid={problem ? true : undefined}
    >
      <legend>
        <QuestionTitle question={question} />
      </legend>
      {entry.many ? (
        <p className="hint" dir="auto">
          <FormattedMessage id="capture.form.pickAll" defaultMessage="Pick all that apply." />
        </p>
      ) : null}
      <div className="choices">
        {entry.choices.map((choice, index) => (
          <label key={choice.answerID} className="choice">
            <input
              type={entry.many ? 'checkbox' : 'radio'}
              name={fieldId(entry.questionID)}
              value={choice.answerID}
              checked={picked.includes(choice.answerID)}
              onChange={(event) => toggle(choice.answerID, event.target.checked)}
            />
            {index < 9 ? (
              <kbd className="key" aria-hidden="true">
                {index + 1}
              </kbd>
            ) : null}
            <bdi>{choice.text}</bdi>
          </label>
        ))}
      </div>
      {otherChoice ? (
        <OtherText
          entryQuestionID={entry.questionID}
          label={otherChoice.text}
          value={other}
          onChange={(text) => onAnswer(key, { choices: picked.slice(), other: text })}
          onBlur={() => onTouched(key)}
        />
      ) : null}
      <Problem id={problemId} text={problem} />
    </fieldset>
  );
}
