import type { LocalQuestion } from '../../../../common/capture';

export function QuestionTitle({ question }: { question: LocalQuestion }) {
  return (
    <>
      <span className="qcode">{question.code}</span> <bdi>{question.text}</bdi>
      {question.required ? (
        <span className="required" aria-label="required">
          {' '}
          *
        </span>
      ) : null}
    </>
  );
}
