import type { Account } from '../../../common/accounts/index';
import { defineMessages } from '../../../common/i18n/phrase';
import { currentIntl } from '../i18n/current-intl';

const words = defineMessages({
  keyStored: { id: 'settings.account.keyStored', defaultMessage: 'Key stored' },
  noKey: { id: 'settings.account.noKey', defaultMessage: 'No key stored' },
  passwordStored: { id: 'settings.account.passwordStored', defaultMessage: 'Password stored' },
  noPassword: { id: 'settings.account.noPassword', defaultMessage: 'No password stored' },
});

/** Whether main holds the secret; the renderer only ever learns this yes/no. */
export function describeSecret(account: Account): string {
  const intl = currentIntl();
  if (account.kind === 'questionpro') return intl.formatMessage(account.keyStored ? words.keyStored : words.noKey);
  return intl.formatMessage(account.passwordStored ? words.passwordStored : words.noPassword);
}

export const secretStored = (account: Account): boolean =>
  account.kind === 'questionpro' ? account.keyStored : account.passwordStored;
