import type { OutboxAttempt } from '../../../../common/outbox/outbox-item';

const outcomeLabels: Record<OutboxAttempt['outcome'], string> = {
  delivered: 'Delivered',
  adopted: 'Found on the server from an earlier attempt (not sent twice)',
  failed: 'Failed',
  unknown: 'Outcome unknown (looked up before sending again)',
  'import-started': 'Import started',
  verified: 'Checked on the server later: held once',
  repaired: 'Checked on the server later: a copy had arrived late and was removed',
};

/** What the row says beyond its outcome: the error, or which copies a repair removed. */
function detailsOf(attempt: OutboxAttempt): string {
  if (attempt.removed && attempt.removed.length > 0) {
    const copies = attempt.removed.length === 1 ? 'copy' : 'copies';
    return `Removed ${attempt.removed.length} duplicate ${copies} (response ${attempt.removed.join(', ')}); the first response stays.`;
  }
  if (!attempt.error) return '';
  return `${attempt.error.message}${attempt.error.serverMessage ? ` (“${attempt.error.serverMessage}”)` : ''}`;
}

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
            <td>{detailsOf(attempt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
