import type { Account } from '../../common/accounts/index';
import type { ServiceError } from '../../common/errors/index';
import { defineMessages, inEnglish, said, toPhrase } from '../../common/i18n/phrase';

export const secretStored = (account: Account): boolean =>
  account.kind === 'questionpro' ? account.keyStored : account.passwordStored;

/** Each sentence names the secret itself ("API key", "password"), so every language can agree the words around it. */
const words = defineMessages({
  cleared: {
    id: 'accounts.secretNeeded.cleared',
    defaultMessage:
      '{kind, select, questionpro {The API key of {account} was cleared because its server changed; nothing is sent to it until you enter the API key again.} other {The password of {account} was cleared because its server changed; nothing is sent to it until you enter the password again.}}',
  },
  action: {
    id: 'accounts.secretNeeded.action',
    defaultMessage:
      '{kind, select, questionpro {Open Settings → Accounts, edit {account} and enter its API key.} other {Open Settings → Accounts, edit {account} and enter its password.}}',
  },
});

/** Why sending to an account waits: the words the Outbox shows for an account without its secret. */
export function secretNeeded(account: Account): ServiceError {
  const values = { kind: account.kind, account: account.label };
  const message = said(words.cleared, values);
  const action = said(words.action, values);
  return {
    code: 'outpost.secret-needed',
    message: inEnglish(message),
    service: account.kind,
    kind: 'auth',
    retryable: false,
    action: inEnglish(action),
    words: { message: toPhrase(message), action: toPhrase(action) },
    known: true,
  };
}
