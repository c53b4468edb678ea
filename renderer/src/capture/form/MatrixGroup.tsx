import { answerKey, choicesOf } from '../../../../common/capture';
import type { GroupProps } from './ContactGroup';
import { fieldId } from './question-props';

/**
 * A matrix: one row per question (QuestionPro's Q8_1, Q8_2 …), one column per answer.
 * Rows may carry their own answer IDs; columns are matched by position.
 */
export function MatrixGroup({
  title,
  questions,
  answers,
  problems,
  onAnswer,
  onTouched,
  many,
}: GroupProps & { many: boolean }) {
  const columns = questions[0]?.answers ?? [];
  return (
    <fieldset className="question group matrix">
      <legend>{title}</legend>
      {many ? <p className="hint">Pick all that apply in each row.</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Row</span>
            </th>
            {columns.map((column, index) => (
              <th key={column.answerID} scope="col">
                {index < 9 ? <kbd className="key">{index + 1}</kbd> : null} {column.text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {questions.map((row) => {
            const key = answerKey(row);
            const picked = choicesOf(answers[key]);
            const problem = problems.get(key) ?? null;
            const rowLabelId = fieldId(row, 'label');
            return (
              <tr key={row.questionID} data-qblock aria-invalid={problem ? true : undefined}>
                <th scope="row" id={rowLabelId}>
                  {row.text}
                  {row.required ? <span className="required"> *</span> : null}
                  {problem ? <span className="field-problem-inline">{problem}</span> : null}
                </th>
                {row.answers.map((cell) => (
                  <td key={cell.answerID}>
                    <label className="cell">
                      <input
                        type={many ? 'checkbox' : 'radio'}
                        name={fieldId(row)}
                        checked={picked.includes(cell.answerID)}
                        aria-label={`${row.text}: ${cell.text}`}
                        onChange={(event) => {
                          const on = event.target.checked;
                          const next = many
                            ? on
                              ? [...picked, cell.answerID]
                              : picked.filter((id) => id !== cell.answerID)
                            : [cell.answerID];
                          onAnswer(key, { choices: next });
                          onTouched(key);
                        }}
                      />
                    </label>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
