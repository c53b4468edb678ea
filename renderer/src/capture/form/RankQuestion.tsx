import { FormattedMessage, useIntl } from 'react-intl';
import { answerKey, entriesOf, ranksOf } from '../../../../common/capture';
import { Problem } from './Problem';
import { fieldId, type QuestionProps } from './question-props';
import { QuestionTitle } from './QuestionTitle';

/**
 * Rank order (dropdown and drag-and-drop alike): each choice gets a rank from a list, which
 * works from the keyboard and with screen readers where dragging does not. Giving a rank that
 * another choice holds swaps the two.
 */
export function RankQuestion({ question, answers, problems, onAnswer, onTouched }: QuestionProps) {
  const intl = useIntl();
  const entry = entriesOf(question)[0];
  if (!entry || entry.kind !== 'rank') return null;
  const key = answerKey(entry);
  const ranks = ranksOf(answers[key]);
  const problem = problems.get(key) ?? null;
  const problemId = fieldId(entry.questionID, 'problem');
  const positions = entry.choices.map((_choice, index) => index + 1);
  const setRank = (answerID: number, value: string): void => {
    const own = String(answerID);
    const previous = ranks[own];
    const rank = value === '' ? undefined : Number(value);
    const next = new Map(Object.entries(ranks).filter(([id]) => id !== own));
    if (rank !== undefined) {
      const holder = [...next].find(([, held]) => held === rank)?.[0];
      if (holder !== undefined) {
        if (previous === undefined) next.delete(holder);
        else next.set(holder, previous);
      }
      next.set(own, rank);
    }
    onAnswer(key, { ranks: Object.fromEntries(next) });
    onTouched(key);
  };
  return (
    <fieldset
      className="question rank"
      data-qblock
      aria-describedby={problemId}
      aria-invalid={problem ? true : undefined}
    >
      <legend>
        <QuestionTitle question={question} />
      </legend>
      <p className="hint" dir="auto">
        <FormattedMessage id="capture.form.rankHint" defaultMessage="Give each a rank, 1 for the first." />
      </p>
      <ol className="rank-list">
        {entry.choices.map((choice) => {
          const id = fieldId(entry.questionID, `rank-${choice.answerID}`);
          const rank = ranks[String(choice.answerID)];
          return (
            <li key={choice.answerID} className="field-inline">
              <select
                id={id}
                value={rank === undefined ? '' : String(rank)}
                onChange={(event) => setRank(choice.answerID, event.target.value)}
                aria-label={intl.formatMessage(
                  { id: 'capture.form.rankFor', defaultMessage: 'Rank for {choice}' },
                  { choice: choice.text },
                )}
              >
                <option value="">{intl.formatMessage({ id: 'capture.form.noRank', defaultMessage: '—' })}</option>
                {positions.map((position) => (
                  <option key={position} value={String(position)}>
                    {position}
                  </option>
                ))}
              </select>
              <label htmlFor={id}>
                <bdi>{choice.text}</bdi>
              </label>
            </li>
          );
        })}
      </ol>
      <Problem id={problemId} text={problem} />
    </fieldset>
  );
}
