import type { LocalChoice, LocalColumn, LocalQuestion } from './survey-model';

/**
 * What capture does with each QuestionPro question type (reference sheet, section b: every type
 * with confidence High or Medium-high, and `text_numeric`, the likely numeric box). Anything
 * else, or a known type missing what its answer needs, cannot be captured: it is shown
 * read-only and counted in the survey library.
 */
export type CaptureKind =
  | 'single'
  | 'dropdown'
  | 'multiple'
  | 'rank'
  | 'text'
  | 'long-text'
  | 'number'
  | 'slider'
  | 'matrix-single'
  | 'matrix-dropdown'
  | 'matrix-multiple'
  | 'matrix-text'
  | 'matrix-slider'
  | 'contact'
  | 'display';

const kindByType: Readonly<Record<string, CaptureKind>> = {
  multiplechoice_radio: 'single',
  // Fail-safe reading: a map question is answered like a radio question over its answers (the regions).
  multiplechoice_maps: 'single',
  multiplechoice_dropdown: 'dropdown',
  multiplechoice_checkbox: 'multiple',
  rank_order_dropdown: 'rank',
  rank_order_drag_drop: 'rank',
  text_single_row: 'text',
  text_multiple_row: 'long-text',
  text_numeric: 'number',
  numeric_slider: 'slider',
  matrix_radio: 'matrix-single',
  // Fail-safe reading (open point 3): one dropdown per row over that row's columns.
  matrix_dropdown: 'matrix-dropdown',
  matrix_checkbox: 'matrix-multiple',
  matrix_text: 'matrix-text',
  matrix_slider: 'matrix-slider',
  contact_information: 'contact',
  static_presentation_text: 'display',
  static_section_heading: 'display',
  static_section_sub_heading: 'display',
};

function hasWhatItNeeds(kind: CaptureKind, question: LocalQuestion): boolean {
  switch (kind) {
    case 'single':
    case 'dropdown':
    case 'multiple':
    case 'rank':
      return question.answers.length > 0;
    case 'text':
    case 'long-text':
    case 'number':
    case 'matrix-single':
    case 'matrix-dropdown':
    case 'matrix-multiple':
    case 'matrix-text':
      return question.rows.length > 0 && question.rows.every((row) => row.columns.length > 0);
    case 'slider':
      // Fail-safe: without a range from QuestionPro, Outpost does not guess one.
      return question.range !== undefined;
    case 'matrix-slider':
      return (
        question.range !== undefined && question.rows.length > 0 && question.rows.every((r) => r.columns.length > 0)
      );
    case 'contact':
      return question.contactFields.length > 0;
    case 'display':
      return true;
  }
}

/** Null: Outpost cannot capture this question. */
export function captureKindOf(question: LocalQuestion): CaptureKind | null {
  const kind = kindByType[question.type];
  return kind && hasWhatItNeeds(kind, question) ? kind : null;
}

export const isCapturable = (question: LocalQuestion): boolean => captureKindOf(question) !== null;

/** Questions that take an answer (display texts and uncapturable questions take none). */
export function isAnswerable(question: LocalQuestion): boolean {
  const kind = captureKindOf(question);
  return kind !== null && kind !== 'display';
}

export function uncapturableCount(questions: readonly LocalQuestion[]): number {
  return questions.filter((question) => !isCapturable(question)).length;
}

/**
 * One `responseSet` entry a question can produce: its questionID (the question's own, a row's
 * `rowID` or a contact field's `rowID`), and what the entry is answered with.
 */
export type Entry =
  | {
      readonly kind: 'choices';
      readonly questionID: number;
      readonly label: string;
      readonly many: boolean;
      readonly choices: readonly LocalChoice[];
      readonly notApplicable: boolean;
    }
  | {
      readonly kind: 'rank';
      readonly questionID: number;
      readonly label: string;
      readonly choices: readonly LocalChoice[];
    }
  | {
      readonly kind: 'typed';
      readonly questionID: number;
      readonly label: string;
      readonly answerID: number;
      readonly format: 'text' | 'number' | 'email' | 'phone' | 'slider';
    }
  | {
      readonly kind: 'cells';
      readonly questionID: number;
      readonly label: string;
      readonly columns: readonly LocalColumn[];
      readonly format: 'text' | 'slider';
    };

const columnChoices = (columns: readonly LocalColumn[]): LocalChoice[] =>
  columns.map((column, index) => ({
    answerID: column.columnID,
    text: column.text,
    orderNumber: index + 1,
    other: false,
    notApplicable: false,
  }));

/** Every entry of a question, in the order QuestionPro lists them; none for display or uncapturable ones. */
export function entriesOf(question: LocalQuestion): Entry[] {
  const kind = captureKindOf(question);
  const label = question.text;
  switch (kind) {
    case null:
    case 'display':
      return [];
    case 'single':
    case 'dropdown':
    case 'multiple':
      return [
        {
          kind: 'choices',
          questionID: question.questionID,
          label,
          many: kind === 'multiple',
          choices: question.answers,
          notApplicable: false,
        },
      ];
    case 'rank':
      return [{ kind: 'rank', questionID: question.questionID, label, choices: question.answers }];
    case 'slider':
      // Fail-safe reading (sheet: the slider object has no rows or answers): the value is sent
      // under the question's own ID, answerID = questionID; a wrong guess is refused (1002), never lost.
      return [
        { kind: 'typed', questionID: question.questionID, label, answerID: question.questionID, format: 'slider' },
      ];
    case 'text':
    case 'long-text':
    case 'number':
      return question.rows.map((row) => ({
        kind: 'typed',
        questionID: row.rowID,
        label: question.rows.length === 1 ? label : row.text,
        // Open point 5: the text box's answerID is read as its row's (first) columnID.
        answerID: row.columns[0]?.columnID ?? row.rowID,
        format: kind === 'number' ? 'number' : 'text',
      }));
    case 'matrix-single':
    case 'matrix-dropdown':
    case 'matrix-multiple':
      return question.rows.map((row) => ({
        kind: 'choices',
        questionID: row.rowID,
        label: row.text,
        many: kind === 'matrix-multiple',
        choices: columnChoices(row.columns),
        notApplicable: question.notApplicable,
      }));
    case 'matrix-text':
    case 'matrix-slider':
      return question.rows.map((row) => ({
        kind: 'cells',
        questionID: row.rowID,
        label: row.text,
        columns: row.columns,
        format: kind === 'matrix-slider' ? 'slider' : 'text',
      }));
    case 'contact':
      return question.contactFields.map((field) => ({
        kind: 'typed',
        questionID: field.rowID,
        label: field.text,
        answerID: field.answerID,
        format: field.field === 'email' ? 'email' : field.field === 'phone' ? 'phone' : 'text',
      }));
  }
}

export const entryKey = (entry: Pick<Entry, 'questionID'>): string => String(entry.questionID);
