import { FormattedMessage, useIntl } from 'react-intl';
import { answerKey, choicesOf, entriesOf, isNotApplicable, type Entry } from '../../../../common/capture';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/**
 * A matrix of choices: one row per `rows[]` entry (answered under its rowID), one cell per
 * column (the row's own columnIDs). A dropdown matrix shows one list per row. Where the question
 * offers "not applicable", each row has an N/A cell.
 */
export function MatrixQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const intl = useIntl();
  const rows = entriesOf(question).filter(
    (entry): entry is Extract<Entry, { kind: 'choices' }> => entry.kind === 'choices',
  );
  const dropdown = question.type === 'matrix_dropdown';
  const many = rows[0]?.many ?? false;
  const header = rows[0]?.choices ?? [];
  const withNa = question.notApplicable && !dropdown;
  return (
    <fieldset className="question group matrix">
      <legend>
        <QuestionTitle question={question} />
      </legend>
      {many ? (
        <p className="hint" dir="auto">
          <FormattedMessage id="capture.form.pickAllRow" defaultMessage="Pick all that apply in each row." />
        </p>
      ) : null}
      <table>
        {dropdown ? null : (
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="capture.form.row" defaultMessage="Row" />
                </span>
              </th>
              {header.map((column, index) => (
                <th key={column.answerID} scope="col">
                  {index < 9 ? <kbd className="key">{index + 1}</kbd> : null} <bdi>{column.text}</bdi>
                </th>
              ))}
              {withNa ? (
                <th scope="col">
                  <FormattedMessage id="capture.form.naShort" defaultMessage="N/A" />
                </th>
              ) : null}
            </tr>
          </thead>
        )}
        <tbody>
          {rows.map((row) => {
            const key = answerKey(row);
            const answer = answers[key];
            const picked = choicesOf(answer);
            const problem = problems.get(key) ?? null;
            const pick = (next: number[]): void => {
              onAnswer(key, { choices: next });
              onTouched(key);
            };
            return (
              <tr key={key} data-qblock aria-invalid={problem ? true : undefined}>
                <th scope="row" id={fieldId(row.questionID, 'label')}>
                  <bdi>{row.label}</bdi>
                  {problem ? <span className="field-problem-inline">{problem}</span> : null}
                </th>
                {dropdown ? (
                  <td>
                    <select
                      id={fieldId(row.questionID)}
                      aria-label={row.label}
                      value={picked[0] === undefined ? '' : String(picked[0])}
                      onChange={(event) => pick(event.target.value ? [Number(event.target.value)] : [])}
                    >
                      <option value="">
                        {intl.formatMessage({ id: 'capture.form.choose', defaultMessage: 'Choose…' })}
                      </option>
                      {row.choices.map((cell) => (
                        <option key={cell.answerID} value={String(cell.answerID)}>
                          {cell.text}
                        </option>
                      ))}
                    </select>
                  </td>
                ) : (
                  row.choices.map((cell) => (
                    <td key={cell.answerID}>
                      <label className="cell">
                        <input
                          type={many ? 'checkbox' : 'radio'}
                          name={fieldId(row.questionID)}
                          id={fieldId(row.questionID, String(cell.answerID))}
                          checked={picked.includes(cell.answerID)}
                          aria-label={intl.formatMessage(
                            { id: 'capture.form.cellLabel', defaultMessage: '{row}: {column}' },
                            { row: row.label, column: cell.text },
                          )}
                          onChange={(event) => {
                            const on = event.target.checked;
                            pick(
                              many
                                ? on
                                  ? [...picked, cell.answerID]
                                  : picked.filter((id) => id !== cell.answerID)
                                : [cell.answerID],
                            );
                          }}
                        />
                      </label>
                    </td>
                  ))
                )}
                {withNa ? (
                  <td>
                    <label className="cell">
                      <input
                        type={many ? 'checkbox' : 'radio'}
                        name={fieldId(row.questionID)}
                        checked={isNotApplicable(answer)}
                        aria-label={intl.formatMessage(
                          { id: 'capture.form.rowNotApplicable', defaultMessage: '{row}: not applicable' },
                          { row: row.label },
                        )}
                        onChange={(event) => {
                          if (event.target.checked) onAnswer(key, { notApplicable: true });
                          else onAnswer(key, { choices: [] });
                          onTouched(key);
                        }}
                      />
                    </label>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
