import { FormattedMessage } from 'react-intl';
import type { ServiceError } from '../../../../common/errors';
import { useErrorInWords } from '../../i18n/error-words';
import { ServerWords } from '../../i18n/ServerWords';

/** The catalogue's explanation and action, the server's words verbatim, and what they point at. */
export function ProblemExplanation({ problem }: { problem: ServiceError }) {
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
              <FormattedMessage id="problem.list" defaultMessage="List:" />{' '}
              <code translate="no">{problem.target.listId}</code>
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
