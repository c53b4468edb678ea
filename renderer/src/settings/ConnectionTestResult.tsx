import { actionOnAccountCard } from './action-here';
import { AppErrorMessage } from './AppErrorMessage';
import type { ConnectionTestState } from './use-connection-test';

/** Always in the DOM, so screen readers announce each new answer in its live region. */
export function ConnectionTestResult({
  state,
  completedRuns,
  accountLabel,
}: {
  state: ConnectionTestState;
  completedRuns: number;
  accountLabel: string;
}) {
  return (
    <div
      className="connection-result"
      aria-live="polite"
      aria-atomic="true"
      data-testid="connection-result"
      data-phase={state.phase}
      data-completed-runs={completedRuns}
    >
      {state.phase === 'testing' ? <p>Testing the connection for {accountLabel}…</p> : null}
      {state.phase === 'passed' ? (
        <p className="connection-passed">
          <span aria-hidden="true">✓ </span>
          {state.summary}
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <div className="connection-failed">
          <p>
            <strong>The connection test for {accountLabel} failed.</strong>
          </p>
          <AppErrorMessage
            error={
              state.error.action ? { ...state.error, action: actionOnAccountCard(state.error.action) } : state.error
            }
          />
        </div>
      ) : null}
    </div>
  );
}
