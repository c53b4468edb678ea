import { FormattedMessage } from 'react-intl';
import type { ServiceError } from '../../../../common/errors';
import { useErrorInWords } from '../../i18n/error-words';
import { ServerWords } from '../../i18n/ServerWords';

/** The catalogue's explanation and action, the server's words verbatim, and what they point at. */
export function ProblemExplanation({ problem, listName }: { problem: ServiceError; listName?: string | undefined }) {
  const words = useErrorInWords(problem);
  const respondents = problem.target?.respondents ?? [];
  return (
    <div className="problem" data-testid="problem">
      <p className="problem-explanation">{words.message}</p>
      <p className="problem-action">
        <FormattedMessage
          id="problem.whatToDo"
          defaultMessage="<strong>What to do:</strong> {action}"
          values={{ strong: (chunks) => <strong>{chunks}</strong>, action: words.action ?? '' }}
        />
      </p>
      {respondents.length > 0 || problem.target?.sampleField || problem.target?.listId ? (
        <p className="problem-target">
          {respondents.length > 0 ? (
            <>
              <FormattedMessage
                id="problem.respondents"
                defaultMessage="{count, plural, one {Respondent:} other {Respondents:}}"
                values={{ count: respondents.length }}
              />{' '}
              {respondents.map((name) => (
                <code key={name} translate="no">
                  {name}
                </code>
              ))}{' '}
            </>
          ) : null}
          {problem.target?.sampleField ? (
            <>
              <FormattedMessage id="problem.field" defaultMessage="Field:" />{' '}
              <code translate="no">{problem.target.sampleField}</code>{' '}
            </>
          ) : null}
          {problem.target?.listId ? (
            <>
              {/* By the name Outpost knows it by; the server only gave its QMob id. */}
              <FormattedMessage
                id="problem.listNamed"
                defaultMessage="List: {known, select, yes {<name></name>} other {a list no longer in Outpost}}"
                values={{
                  known: listName === undefined ? 'no' : 'yes',
                  name: () => <bdi translate="no">{listName}</bdi>,
                }}
              />
            </>
          ) : null}
        </p>
      ) : null}
      {problem.serverMessage ? (
        <ServerWords words={problem.serverMessage} status={problem.httpStatus} serverId={problem.serverId} />
      ) : null}
    </div>
  );
}
