import type { ServiceError } from '../../../../common/errors';

/** The catalogue's explanation and action, the server's words verbatim, and what they point at. */
export function ProblemExplanation({ problem }: { problem: ServiceError }) {
  const respondents = problem.target?.respondents ?? [];
  return (
    <div className="problem" data-testid="problem">
      <p className="problem-explanation">{problem.message}</p>
      <p className="problem-action">
        <strong>What to do:</strong> {problem.action}
      </p>
      {respondents.length > 0 || problem.target?.sampleField || problem.target?.listId ? (
        <p className="problem-target">
          {respondents.length > 0 ? (
            <>
              Respondent{respondents.length > 1 ? 's' : ''}:{' '}
              {respondents.map((name) => (
                <code key={name}>{name}</code>
              ))}{' '}
            </>
          ) : null}
          {problem.target?.sampleField ? (
            <>
              Field: <code>{problem.target.sampleField}</code>{' '}
            </>
          ) : null}
          {problem.target?.listId ? (
            <>
              List: <code>{problem.target.listId}</code>
            </>
          ) : null}
        </p>
      ) : null}
      {problem.serverMessage ? (
        <p className="server-words">
          The server said
          {problem.httpStatus
            ? ` (HTTP ${problem.httpStatus}${problem.serverId ? `, id ${problem.serverId}` : ''})`
            : ''}
          : “{problem.serverMessage}”
        </p>
      ) : null}
    </div>
  );
}
