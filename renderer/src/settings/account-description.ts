import { DATACENTER_LABELS, type Account } from '../../../common/accounts/index';

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
  if (account.kind === 'questionpro') return account.keyStored ? 'Key stored' : 'No key stored';
  return account.passwordStored ? 'Password stored' : 'No password stored';
}

export const secretStored = (account: Account): boolean =>
  account.kind === 'questionpro' ? account.keyStored : account.passwordStored;

export const secretWord = (account: Account): string => (account.kind === 'questionpro' ? 'API key' : 'password');
