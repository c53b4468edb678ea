import { answerKey, contactFieldOf, textOf, type Answer, type LocalQuestion } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId } from './question-props';

interface GroupProps {
  title: string;
  questions: readonly LocalQuestion[];
  answers: Readonly<Record<string, Answer>>;
  problems: ReadonlyMap<string, string>;
  onAnswer(questionId: string, answer: Answer): void;
  onTouched(questionId: string): void;
}

const inputTypeOf = { EMAIL: 'email', PHONE: 'tel', FIRST_NAME: 'text', LAST_NAME: 'text', OTHER: 'text' } as const;
const autoCompleteOf = { EMAIL: 'off', PHONE: 'off', FIRST_NAME: 'off', LAST_NAME: 'off', OTHER: 'off' } as const;

/** Contact information: one labelled field per sub-field (each its own question in QuestionPro). */
export function ContactGroup({ title, questions, answers, problems, onAnswer, onTouched }: GroupProps) {
  return (
    <fieldset className="question group">
      <legend>{title}</legend>
      {questions.map((question) => {
        const key = answerKey(question);
        const field = contactFieldOf(question);
        const id = fieldId(question);
        const problemId = fieldId(question, 'problem');
        const problem = problems.get(key) ?? null;
        return (
          <div key={question.questionID} className="subfield" data-qblock>
            <label htmlFor={id}>
              {question.text}
              {question.required ? <span className="required"> *</span> : null}
            </label>
            <input
              id={id}
              type={inputTypeOf[field]}
              autoComplete={autoCompleteOf[field]}
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

export type { GroupProps };
