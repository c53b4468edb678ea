import { DATACENTER_LABELS, type Account } from '../../../common/accounts/index';
import { defineMessages } from '../../../common/i18n/phrase';
import { currentIntl } from '../i18n/current-intl';

const words = defineMessages({
  keyStored: { id: 'settings.account.keyStored', defaultMessage: 'Key stored' },
  noKey: { id: 'settings.account.noKey', defaultMessage: 'No key stored' },
  passwordStored: { id: 'settings.account.passwordStored', defaultMessage: 'Password stored' },
  noPassword: { id: 'settings.account.noPassword', defaultMessage: 'No password stored' },
});

export const serviceNames: Record<Account['kind'], string> = {
  questionpro: 'QuestionPro',
  qmob: 'QMob',
};

/** Where an account's server is, in the words the user picked it by. */
export function describeLocation(account: Account): string {
  const location = account.location;
  if ('customBaseUrl' in location) return location.customBaseUrl;
  if ('datacenter' in location) return DATACENTER_LABELS[location.datacenter];
  return `${location.instance}.myqmob.com`;
}

/** Whether main holds the secret; the renderer only ever learns this yes/no. */
export function describeSecret(account: Account): string {
  const intl = currentIntl();
  if (account.kind === 'questionpro') return intl.formatMessage(account.keyStored ? words.keyStored : words.noKey);
  return intl.formatMessage(account.passwordStored ? words.passwordStored : words.noPassword);
}

export const secretStored = (account: Account): boolean =>
  account.kind === 'questionpro' ? account.keyStored : account.passwordStored;

export const secretWord = (account: Account): string => (account.kind === 'questionpro' ? 'API key' : 'password');
