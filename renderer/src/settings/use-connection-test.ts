import { useCallback, useState } from 'react';
import type { Phrase } from '../../../common/i18n/phrase';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';

export type ConnectionTestState =
  | { phase: 'idle' }
  | { phase: 'testing' }
  | { phase: 'passed'; summary: string; words?: Phrase }
  | { phase: 'failed'; error: AppError };

/** "Test connection" for one account: QuestionPro lists surveys, QMob is probed without changing anything (in main). */
export function useConnectionTest(accountId: string) {
  const [state, setState] = useState<ConnectionTestState>({ phase: 'idle' });
  // Counts finished tests, so a repeated answer with the same words is still a new answer (and tests can tell).
  const [completedRuns, setCompletedRuns] = useState(0);
  const run = useCallback(async () => {
    setState({ phase: 'testing' });
    const result = await call('accounts.test', { id: accountId });
    setState(
      result.ok
        ? {
            phase: 'passed',
            summary: result.value.summary,
            ...(result.value.words ? { words: result.value.words } : {}),
          }
        : { phase: 'failed', error: result.error },
    );
    setCompletedRuns((runs) => runs + 1);
  }, [accountId]);
  // An edit changes what would be tested, so the old answer no longer describes the account.
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, completedRuns, run, reset };
}
