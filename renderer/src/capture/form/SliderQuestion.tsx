import { FormattedMessage, useIntl } from 'react-intl';
import { answerKey, entriesOf, textOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/**
 * A slider within the range QuestionPro gives (a slider without one is not capturable). A range
 * input always holds a value, so the question stays unanswered until it is moved or a value is
 * typed in the box beside it; "Clear" takes the answer back.
 */
export function SliderQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const intl = useIntl();
  const entry = entriesOf(question)[0];
  const range = question.range;
  if (!entry || !range) return null;
  const key = answerKey(entry);
  const value = textOf(answers[key]);
  const problem = problems.get(key) ?? null;
  const id = fieldId(entry.questionID);
  const problemId = fieldId(entry.questionID, 'problem');
  const set = (text: string): void => onAnswer(key, { text });
  return (
    <fieldset
      className="question slider"
      data-qblock
      aria-describedby={problemId}
      aria-invalid={problem ? true : undefined}
    >
      <legend>
        <QuestionTitle question={question} />
      </legend>
      <div className="slider-row">
        <span className="anchor" aria-hidden="true">
          <bdi>{question.anchors?.left || range.min}</bdi>
        </span>
        <input
          type="range"
          aria-label={intl.formatMessage(
            { id: 'capture.form.sliderLabel', defaultMessage: '{question} (slider)' },
            { question: question.text },
          )}
          min={range.min}
          max={range.max}
          step={range.step}
          value={value === '' ? range.min : value}
          onChange={(event) => set(event.target.value)}
          onBlur={() => onTouched(key)}
        />
        <span className="anchor" aria-hidden="true">
          <bdi>{question.anchors?.right || range.max}</bdi>
        </span>
      </div>
      <div className="field-inline">
        <label htmlFor={id}>
          <FormattedMessage
            id="capture.form.sliderValue"
            defaultMessage="Value ({min, number} to {max, number})"
            values={{ min: range.min, max: range.max }}
          />
        </label>
        <input
          id={id}
          type="number"
          min={range.min}
          max={range.max}
          step={range.step}
          value={value}
          onChange={(event) => set(event.target.value)}
          onBlur={() => onTouched(key)}
        />
        <button type="button" className="secondary" disabled={value === ''} onClick={() => set('')}>
          <FormattedMessage id="capture.form.clear" defaultMessage="Clear" />
        </button>
      </div>
      <Problem id={problemId} text={problem} />
    </fieldset>
  );
}
