import type { LocalQuestion } from '../../../../common/capture';

export function PresentationText({ question }: { question: LocalQuestion }) {
  return (
    <div className="question presentation">
      <p>{question.text}</p>
    </div>
  );
}
