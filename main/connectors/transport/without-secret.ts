import { redactSecrets } from '../../secrets/secret-forms';
import { ok } from '../../../common/result';
import type { TransportOutcome } from './types';

/**
 * A server may echo what it was sent ("invalid key abc…", a form body in an
 * error page). Its answer is cleaned of the account's secret, in every form,
 * before anything reads it, so no server text carries the secret out of main.
 */
export function withoutSecret(outcome: TransportOutcome, secret: string): TransportOutcome {
  if (!outcome.ok) return outcome;
  const body = redactSecrets(outcome.value.body, [secret]);
  return body === outcome.value.body ? outcome : ok({ ...outcome.value, body });
}
