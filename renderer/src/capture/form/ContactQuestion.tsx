import { answerKey, entriesOf, textOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

const inputTypeOf = { email: 'email', phone: 'tel', text: 'text', number: 'text', slider: 'text' } as const;

/** Contact information: one question, one labelled field per sub-field (each its own responseSet entry). */
export function ContactQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  return (
    <fieldset className="question group">
      <legend>
        <QuestionTitle question={question} />
      </legend>
      {entriesOf(question).map((entry) => {
        if (entry.kind !== 'typed') return null;
        const key = answerKey(entry);
        const id = fieldId(entry.questionID);
        const problemId = fieldId(entry.questionID, 'problem');
        const problem = problems.get(key) ?? null;
        return (
          <div key={key} className="subfield" data-qblock>
            <label htmlFor={id}>
              <bdi>{entry.label}</bdi>
            </label>
            <input
              id={id}
              type={inputTypeOf[entry.format]}
              dir="auto"
              autoComplete="off"
              value={textOf(answers[key])}
              aria-describedby={problemId}
              aria-invalid={problem ? true : undefined}
              aria-required={question.required}
              onChange={(event) => onAnswer(key, { text: event.target.value })}
              onBlur={() => onTouched(key)}
            />
            <Problem id={problemId} text={problem} />
          </div>
        );
      })}
    </fieldset>
  );
}
