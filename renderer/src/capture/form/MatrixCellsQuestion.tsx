import { FormattedMessage, useIntl } from 'react-intl';
import { answerKey, cellsOf, entriesOf, type Entry } from '../../../../common/capture';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/** A matrix of typed cells (matrix_text) or sliders (matrix_slider, within the question's range). */
export function MatrixCellsQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const intl = useIntl();
  const rows = entriesOf(question).filter(
    (entry): entry is Extract<Entry, { kind: 'cells' }> => entry.kind === 'cells',
  );
  const header = rows[0]?.columns ?? [];
  const slider = question.type === 'matrix_slider';
  const range = question.range;
  return (
    <fieldset className="question group matrix">
      <legend>
        <QuestionTitle question={question} />
      </legend>
      {slider && range ? (
        <p className="hint" dir="auto">
          <FormattedMessage
            id="capture.form.cellRange"
            defaultMessage="A number from {min, number} to {max, number} in each cell."
            values={{ min: range.min, max: range.max }}
          />
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">
                <FormattedMessage id="capture.form.row" defaultMessage="Row" />
              </span>
            </th>
            {header.map((column) => (
              <th key={column.columnID} scope="col">
                <bdi>{column.text}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = answerKey(row);
            const cells = cellsOf(answers[key]);
            const problem = problems.get(key) ?? null;
            return (
              <tr key={key} data-qblock aria-invalid={problem ? true : undefined}>
                <th scope="row">
                  <bdi>{row.label}</bdi>
                  {problem ? <span className="field-problem-inline">{problem}</span> : null}
                </th>
                {row.columns.map((column) => (
                  <td key={column.columnID}>
                    <input
                      id={fieldId(row.questionID, String(column.columnID))}
                      type={slider ? 'number' : 'text'}
                      dir="auto"
                      autoComplete="off"
                      aria-label={intl.formatMessage(
                        { id: 'capture.form.cellLabel', defaultMessage: '{row}: {column}' },
                        { row: row.label, column: column.text },
                      )}
                      {...(slider && range ? { min: range.min, max: range.max, step: range.step } : {})}
                      value={cells[String(column.columnID)] ?? ''}
                      onChange={(event) =>
                        onAnswer(key, { cells: { ...cells, [String(column.columnID)]: event.target.value } })
                      }
                      onBlur={() => onTouched(key)}
                    />
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
