import type { SeedQuestion, SeedSurvey } from '../../../../sandbox/seed-data.js';

/** A plausible answer for every answerable question of a survey, per question type. */
export function answerEveryQuestion(survey: SeedSurvey): Array<{ questionID: number; answerValues: unknown[] }> {
  return survey.questions
    .filter((question) => question.type !== 'presentation_text')
    .map((question) => ({ questionID: question.questionID, answerValues: answerFor(question) }));
}

function answerFor(question: SeedQuestion): unknown[] {
  const [first, second] = question.answers;
  if (!first) throw new Error(`question ${question.questionID} has no answers`);
  switch (question.type) {
    case 'multiple_choice_radio':
    case 'dropdown':
    case 'matrix_single':
      return [{ answerID: (second ?? first).answerID }];
    case 'multiple_choice_checkbox':
    case 'matrix_multiple':
      return second ? [{ answerID: first.answerID }, { answerID: second.answerID }] : [{ answerID: first.answerID }];
    case 'numeric':
      return [{ answerID: first.answerID, value: { text: '7' } }];
    case 'contact_info':
      return [
        { answerID: first.answerID, value: { text: first.text === 'EMAIL' ? 'someone@example.org' : 'Typed value' } },
      ];
    case 'text_single_line':
    case 'text_multi_line':
      return [{ answerID: first.answerID, value: { text: 'Line one\nLine two' } }];
    case 'presentation_text':
      return [];
  }
}
