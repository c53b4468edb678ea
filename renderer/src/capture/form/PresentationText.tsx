import type { LocalQuestion } from '../../../../common/capture';

/** Presentation text and section headings: shown, never answered. */
export function PresentationText({ question }: { question: LocalQuestion }) {
  if (question.type === 'static_section_heading' || question.type === 'static_section_sub_heading') {
    return (
      <h3 className="question presentation heading" dir="auto" translate="no">
        {question.text}
      </h3>
    );
  }
  return (
    <div className="question presentation">
      <p dir="auto" translate="no">
        {question.text}
      </p>
    </div>
  );
}
