import { useIntl } from 'react-intl';
import type { LocalQuestion } from '../../../../common/capture';
import { useQuestionNumber } from './question-numbers';

/** A question's number (Outpost's own, 1, 2, 3… along the route), its text and whether it is required. */
export function QuestionTitle({ question }: { question: LocalQuestion }) {
  const intl = useIntl();
  const number = useQuestionNumber(question.questionID);
  return (
    <>
      {number !== undefined ? (
        <>
          <span className="qcode" data-testid="question-number">
            {intl.formatMessage({ id: 'capture.form.questionNumber', defaultMessage: '{number, number}.' }, { number })}
          </span>{' '}
        </>
      ) : null}
      <bdi>{question.text}</bdi>
      {question.required ? (
        <span
          className="required"
          aria-label={intl.formatMessage({ id: 'capture.form.required', defaultMessage: 'required' })}
        >
          {' '}
          {intl.formatMessage({ id: 'capture.form.requiredMark', defaultMessage: '*' })}
        </span>
      ) : null}
    </>
  );
}
