import type { SeedQuestion, SeedSurvey } from '../../../../sandbox/services/seed-data';

/**
 * A plausible Create Response entry for every answerable part of a survey, written from the
 * reference sheet's mapping (not from the sandbox's code): a choice question under its
 * questionID, each matrix row and text box under its rowID with its columnIDs, each contact
 * field under its rowID with the documented answerIDs.
 */
type Item = { questionID: number; answerValues: unknown[] };

const contactAnswerIds = { firstName: 100000001, lastName: 100000002, phone: 100000003, email: 100000004 } as const;
const contactValues = {
  firstName: 'Amina',
  lastName: 'Kamau',
  phone: '+254 700 000 001',
  email: 'someone@example.org',
} as const;

export function answerEveryQuestion(survey: SeedSurvey): Item[] {
  return survey.questions.flatMap(answerFor);
}

function answerFor(question: SeedQuestion): Item[] {
  const answers = question.answers ?? [];
  const rows = question.rows ?? [];
  const one = (answerValues: unknown[]): Item[] => [{ questionID: question.questionID, answerValues }];
  switch (question.type) {
    case 'multiplechoice_radio':
    case 'multiplechoice_dropdown':
    case 'multiplechoice_maps': {
      const other = answers.find((answer) => answer.hasOther);
      if (other) return one([{ answerID: other.answerID, value: { other: 'Rain tank' } }]);
      const pick = answers[1] ?? answers[0];
      return pick ? one([{ answerID: pick.answerID }]) : [];
    }
    case 'multiplechoice_checkbox':
      return one(
        answers
          .filter((answer) => !answer.hasNA)
          .slice(0, 2)
          .map((answer) => ({ answerID: answer.answerID })),
      );
    case 'rank_order_dropdown':
    case 'rank_order_drag_drop':
      return one(
        [...answers]
          .reverse()
          .map((answer, index) => ({ answerID: answer.answerID, value: { text: String(index + 1) } })),
      );
    case 'text_single_row':
    case 'text_multiple_row':
    case 'text_numeric':
      return rows.map((row) => ({
        questionID: row.rowID,
        answerValues: [
          {
            answerID: row.columns[0]?.columnID,
            value: { text: question.type === 'text_numeric' ? '7' : 'Line one\nLine two' },
          },
        ],
      }));
    case 'numeric_slider':
      return one([{ answerID: question.questionID, value: { text: String(question.maxValue) } }]);
    case 'matrix_radio':
    case 'matrix_dropdown':
      return rows.map((row) => ({ questionID: row.rowID, answerValues: [{ answerID: row.columns.at(-1)?.columnID }] }));
    case 'matrix_checkbox':
      return rows.map((row) => ({
        questionID: row.rowID,
        answerValues: row.columns.slice(0, 2).map((column) => ({ answerID: column.columnID })),
      }));
    case 'matrix_text':
      return rows.map((row) => ({
        questionID: row.rowID,
        answerValues: row.columns.map((column) => ({ answerID: column.columnID, value: { text: '120' } })),
      }));
    case 'matrix_slider':
      return rows.map((row) => ({
        questionID: row.rowID,
        answerValues: row.columns.map((column) => ({
          answerID: column.columnID,
          value: { text: String(question.minValue) },
        })),
      }));
    case 'contact_information':
      return (['firstName', 'lastName', 'phone', 'email'] as const).flatMap((name) => {
        const field = question[name];
        return field && field.rowID > 0
          ? [
              {
                questionID: field.rowID,
                answerValues: [{ answerID: contactAnswerIds[name], value: { text: contactValues[name] } }],
              },
            ]
          : [];
      });
    default:
      // Presentation text, headings and types QuestionPro's API cannot take answers for here.
      return [];
  }
}
