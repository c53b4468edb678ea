import { FormattedMessage, useIntl } from 'react-intl';
import { sayPhrase } from '../../../common/i18n/phrase';
import { onAccountCard } from './action-here';
import { AppErrorMessage } from './AppErrorMessage';
import type { ConnectionTestState } from './use-connection-test';

/** A sign, not a word: the same in every language (and hidden from screen readers). */
const CHECK_MARK = '✓';

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
  const name = <span translate="no">{accountLabel}</span>;
  return (
    <div
      className="connection-result"
      aria-live="polite"
      aria-atomic="true"
      data-testid="connection-result"
      data-phase={state.phase}
      data-completed-runs={completedRuns}
    >
      {state.phase === 'testing' ? (
        <p>
          <FormattedMessage
            id="settings.connection.testing"
            defaultMessage="Testing the connection for {account}…"
            values={{ account: name }}
          />
        </p>
      ) : null}
      {state.phase === 'passed' ? (
        <p className="connection-passed">
          <span aria-hidden="true">{CHECK_MARK} </span>
          {state.words ? sayPhrase(intl, state.words, state.summary) : state.summary}
        </p>
      ) : null}
      {state.phase === 'failed' ? (
        <div className="connection-failed">
          <p>
            <strong>
              <FormattedMessage
                id="settings.connection.failed"
                defaultMessage="The connection test for {account} failed."
                values={{ account: name }}
              />
            </strong>
          </p>
          <AppErrorMessage error={onAccountCard(state.error)} />
        </div>
      ) : null}
    </div>
  );
}
