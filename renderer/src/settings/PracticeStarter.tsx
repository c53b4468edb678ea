import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { OperationOutput } from '../../../common/contract';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';
import { useAccounts } from './accounts-store';
import { AppErrorMessage } from './AppErrorMessage';
import { PracticeBadge } from './PracticeBadge';

type PracticeState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; accounts: OperationOutput<'practice.start'> }
  | { phase: 'failed'; error: AppError };

/**
 * "Try Practice": main starts the sandbox on this computer and (re)creates two
 * practice accounts pointing at it, so a new user can try everything first.
 * Starting again also restores the practice accounts' keys after a bad edit.
 */
export function PracticeStarter() {
  const [state, setState] = useState<PracticeState>({ phase: 'idle' });
  const refresh = useAccounts((store) => store.refresh);

  const start = async (): Promise<void> => {
    setState({ phase: 'starting' });
    const result = await call('practice.start');
    if (result.ok) setState({ phase: 'running', accounts: result.value });
    else setState({ phase: 'failed', error: result.error });
    await refresh();
  };

  return (
    <section className="practice-starter" aria-labelledby="practice-heading">
      <h3 id="practice-heading">
        <FormattedMessage id="settings.practice.heading" defaultMessage="Try Outpost first" /> <PracticeBadge />
      </h3>
      <p>
        <FormattedMessage
          id="settings.practice.intro"
          defaultMessage="The practice workspace runs a QuestionPro and QMob stand-in on this computer. Nothing you send there reaches a real study."
        />
      </p>
      <button type="button" disabled={state.phase === 'starting'} onClick={() => void start()}>
        {state.phase === 'starting' ? (
          <FormattedMessage id="settings.practice.starting" defaultMessage="Starting practice workspace…" />
        ) : (
          <FormattedMessage id="settings.practice.start" defaultMessage="Start practice workspace" />
        )}
      </button>
      <div aria-live="polite" data-testid="practice-result">
        {state.phase === 'running' ? (
          <>
            <p>
              <FormattedMessage
                id="settings.practice.running"
                defaultMessage="The practice workspace is running. These practice accounts are ready:"
              />
            </p>
            <ul>
              <li>
                <span translate="no">{state.accounts.questionPro.label}</span> <PracticeBadge />
              </li>
              <li>
                <span translate="no">{state.accounts.qmob.label}</span> <PracticeBadge />
              </li>
            </ul>
          </>
        ) : null}
        {state.phase === 'failed' ? (
          <div role="alert">
            <p>
              <FormattedMessage
                id="settings.practice.failed"
                defaultMessage="The practice workspace could not start."
              />
            </p>
            <AppErrorMessage error={state.error} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
