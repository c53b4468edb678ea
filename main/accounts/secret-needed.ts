import type { Account } from '../../common/accounts/index';
import type { ServiceError } from '../../common/errors/index';

export const secretStored = (account: Account): boolean =>
  account.kind === 'questionpro' ? account.keyStored : account.passwordStored;

/** Why sending to an account waits: the words the Outbox shows for an account without its secret. */
export function secretNeeded(account: Account): ServiceError {
  const what = account.kind === 'questionpro' ? 'API key' : 'password';
  return {
    code: 'outpost.secret-needed',
    message: `The ${what} of ${account.label} was cleared because its server changed; nothing is sent to it until you enter the ${what} again.`,
    service: account.kind,
    kind: 'auth',
    retryable: false,
    action: `Open Settings → Accounts, edit ${account.label} and enter its ${what}.`,
    known: true,
  };
}
