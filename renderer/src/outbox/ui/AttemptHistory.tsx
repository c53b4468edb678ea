import type { OutboxAttempt } from '../../../../common/outbox/outbox-item';

const outcomeLabels: Record<OutboxAttempt['outcome'], string> = {
  delivered: 'Delivered',
  adopted: 'Found on the server from an earlier attempt (not sent twice)',
  failed: 'Failed',
  unknown: 'Outcome unknown (looked up before sending again)',
  'import-started': 'Import started',
};

export function AttemptHistory({ attempts }: { attempts: readonly OutboxAttempt[] }) {
  if (attempts.length === 0) return <p>No attempts yet.</p>;
  return (
    <table className="attempts">
      <caption>Attempts</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Outcome</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((attempt, index) => (
          <tr key={index}>
            <td>{new Date(attempt.at).toLocaleString()}</td>
            <td>{outcomeLabels[attempt.outcome]}</td>
            <td>
              {attempt.error
                ? `${attempt.error.message}${attempt.error.serverMessage ? ` (“${attempt.error.serverMessage}”)` : ''}`
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
