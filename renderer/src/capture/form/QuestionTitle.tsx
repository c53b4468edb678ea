import { useIntl } from 'react-intl';
import type { LocalQuestion } from '../../../../common/capture';

export function QuestionTitle({ question }: { question: LocalQuestion }) {
  const intl = useIntl();
  return (
    <>
      <span className="qcode">{question.code}</span> <bdi>{question.text}</bdi>
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
