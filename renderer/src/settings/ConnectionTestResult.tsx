import { useIntl } from 'react-intl';
import { sayPhrase } from '../../../common/i18n/phrase';
import type { AppError } from '../../../common/result';
import { actionOnAccountCard } from './action-here';
import { AppErrorMessage } from './AppErrorMessage';
import type { ConnectionTestState } from './use-connection-test';

/**
 * The action reworded for the card it is shown on. A reworded action is shown in its English
 * rewording (the phrase would send the user to the page they are on); one left as it was keeps its phrase.
 */
function onThisCard(error: AppError): AppError {
  if (!error.action) return error;
  const action = actionOnAccountCard(error.action);
  if (action === error.action) return error;
  return { ...error, action, ...(error.words ? { words: { message: error.words.message } } : {}) };
}

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
  const intl = useIntl();
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
          {state.words ? sayPhrase(intl, state.words, state.summary) : state.summary}
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <div className="connection-failed">
          <p>
            <strong>The connection test for {accountLabel} failed.</strong>
          </p>
          <AppErrorMessage error={onThisCard(state.error)} />
        </div>
      ) : null}
    </div>
  );
}
