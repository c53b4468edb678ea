import { memo } from 'react';
import { captureKindOf, type Answer, type Answers, type LocalQuestion } from '../../../../common/capture';
import { ChoiceQuestion } from './ChoiceQuestion';
import { ContactQuestion } from './ContactQuestion';
import { DropdownQuestion } from './DropdownQuestion';
import { MatrixCellsQuestion } from './MatrixCellsQuestion';
import { MatrixQuestion } from './MatrixQuestion';
import { PresentationText } from './PresentationText';
import { RankQuestion } from './RankQuestion';
import { SliderQuestion } from './SliderQuestion';
import { TextQuestion } from './TextQuestion';
import { UnknownQuestion } from './UnknownQuestion';

interface QuestionListProps {
  questions: readonly LocalQuestion[];
  answers: Answers;
  problems: ReadonlyMap<string, string>;
  onAnswer(entryKey: string, answer: Answer): void;
  onTouched(entryKey: string): void;
}

/** The questions of one section, in order, each drawn by the component for what capture does with its type. */
export const QuestionList = memo(function QuestionList({
  questions,
  answers,
  problems,
  onAnswer,
  onTouched,
}: QuestionListProps) {
  return (
    <>
      {questions.map((question) => {
        const props = { question, answers, problems, onAnswer, onTouched };
        const key = question.questionID;
        switch (captureKindOf(question)) {
          case 'single':
          case 'multiple':
            return <ChoiceQuestion key={key} {...props} />;
          case 'dropdown':
            return <DropdownQuestion key={key} {...props} />;
          case 'rank':
            return <RankQuestion key={key} {...props} />;
          case 'text':
          case 'long-text':
          case 'number':
            return <TextQuestion key={key} {...props} />;
          case 'slider':
            return <SliderQuestion key={key} {...props} />;
          case 'matrix-single':
          case 'matrix-dropdown':
          case 'matrix-multiple':
            return <MatrixQuestion key={key} {...props} />;
          case 'matrix-text':
          case 'matrix-slider':
            return <MatrixCellsQuestion key={key} {...props} />;
          case 'contact':
            return <ContactQuestion key={key} {...props} />;
          case 'display':
            return <PresentationText key={key} question={question} />;
          case null:
            return <UnknownQuestion key={key} question={question} />;
        }
      })}
    </>
  );
});
