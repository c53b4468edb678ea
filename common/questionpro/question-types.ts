/**
 * The question types Outpost renders, as the sandbox's `GET /surveys/{id}/questions` names them.
 * Grouped questions (contact information, matrix rows) are exploded into one question per
 * field/row, each with its own questionID and a code like "Q2_1": that is how the seed's example
 * response shows contact information, and it keeps one questionID per responseSet entry.
 */
export const questionTypes = [
  'multiple_choice_radio',
  'dropdown',
  'multiple_choice_checkbox',
  'text_single_line',
  'text_multi_line',
  'numeric',
  'contact_info',
  'matrix_single',
  'matrix_multiple',
  'presentation_text',
] as const;

export type QuestionType = (typeof questionTypes)[number];

/** How many answerValues a type takes and whether each carries typed-in text. */
export type AnswerShape = 'one-choice' | 'many-choices' | 'text' | 'number' | 'none';

export const answerShapeByType: Readonly<Record<QuestionType, AnswerShape>> = {
  multiple_choice_radio: 'one-choice',
  dropdown: 'one-choice',
  matrix_single: 'one-choice',
  multiple_choice_checkbox: 'many-choices',
  matrix_multiple: 'many-choices',
  text_single_line: 'text',
  text_multi_line: 'text',
  contact_info: 'text',
  numeric: 'number',
  presentation_text: 'none',
};
