import { memo } from 'react';
import { answerKey, groupQuestions, type Answer, type Answers, type LocalQuestion } from '../../../../common/capture';
import { ChoiceQuestion } from './ChoiceQuestion';
import { ContactGroup } from './ContactGroup';
import { DropdownQuestion } from './DropdownQuestion';
import { MatrixGroup } from './MatrixGroup';
import { PresentationText } from './PresentationText';
import { TextQuestion } from './TextQuestion';
import { UnknownQuestion } from './UnknownQuestion';

interface QuestionListProps {
  questions: readonly LocalQuestion[];
  answers: Answers;
  problems: ReadonlyMap<string, string>;
  onAnswer(questionId: string, answer: Answer): void;
  onTouched(questionId: string): void;
}

/** Every question of the survey, in order, each drawn by the component for its type. */
export const QuestionList = memo(function QuestionList({
  questions,
  answers,
  problems,
  onAnswer,
  onTouched,
}: QuestionListProps) {
  const groups = groupQuestions(questions);
  return (
    <>
      {groups.map((group) => {
        if (group.kind === 'contact') {
          const first = group.questions[0]?.questionID ?? 0;
          return (
            <ContactGroup
              key={first}
              title={group.title}
              questions={group.questions}
              answers={answers}
              problems={problems}
              onAnswer={onAnswer}
              onTouched={onTouched}
            />
          );
        }
        if (group.kind === 'matrix') {
          const first = group.questions[0]?.questionID ?? 0;
          return (
            <MatrixGroup
              key={first}
              title={group.title}
              questions={group.questions}
              answers={answers}
              problems={problems}
              onAnswer={onAnswer}
              onTouched={onTouched}
              many={group.type === 'matrix_multiple'}
            />
          );
        }
        const question = group.question;
        const key = answerKey(question);
        const props = { question, answer: answers[key], problem: problems.get(key) ?? null, onAnswer, onTouched };
        switch (question.type) {
          case 'multiple_choice_radio':
          case 'multiple_choice_checkbox':
            return <ChoiceQuestion key={key} {...props} />;
          case 'dropdown':
            return <DropdownQuestion key={key} {...props} />;
          case 'text_single_line':
          case 'text_multi_line':
          case 'numeric':
            return <TextQuestion key={key} {...props} />;
          case 'presentation_text':
            return <PresentationText key={key} question={question} />;
          default:
            // Includes contact/matrix types outside a group (cannot happen with groupQuestions) and unknown types.
            return <UnknownQuestion key={key} question={question} />;
        }
      })}
    </>
  );
});
