import { defineMessages, inEnglish, said, toPhrase, type DeclaredMessage } from '../../../common/i18n/phrase';
import type { AppError } from '../../../common/result';

/**
 * The actions that send the user to Settings → Accounts, as the account's own card says them:
 * telling the user to go to the page they are on is a dead end, so the place becomes "this account".
 * Keyed by the id of the action's phrase; each keeps the values of the phrase it stands for.
 */
const onCard: Readonly<Record<string, DeclaredMessage>> = defineMessages({
  'accounts.secret.enterKey': { id: 'settings.onCard.enterKey', defaultMessage: 'Enter the API key of this account.' },
  'accounts.secret.enterPassword': {
    id: 'settings.onCard.enterPassword',
    defaultMessage: 'Enter the QMob password of this account.',
  },
  'accounts.secretNeeded.action': {
    id: 'settings.onCard.secretNeeded',
    defaultMessage: '{kind, select, questionpro {Enter its API key again.} other {Enter its password again.}}',
  },
  'catalogue.http-401.action': { id: 'settings.onCard.http-401', defaultMessage: 'Check this account’s details.' },
  'catalogue.http-403.action': {
    id: 'settings.onCard.http-403',
    defaultMessage: 'Ask your administrator for access, or check this account.',
  },
  'catalogue.insecure-url.action': {
    id: 'settings.onCard.insecure-url',
    defaultMessage: 'Change the address of this account to start with https://.',
  },
  'catalogue.invalid-url.action': {
    id: 'settings.onCard.invalid-url',
    defaultMessage: 'Check the address of this account.',
  },
  'catalogue.outpost.account-unavailable.action': {
    id: 'settings.onCard.account-unavailable',
    defaultMessage: 'Add the account or its credentials again.',
  },
  'catalogue.qmob.check-login.action': {
    id: 'settings.onCard.qmob-check-login',
    defaultMessage: 'Check the QMob user name and password of this account.',
  },
  'catalogue.qmob.https-required.action': {
    id: 'settings.onCard.qmob-https-required',
    defaultMessage: 'Check that the QMob address of this account starts with https://.',
  },
  'catalogue.qmob.missing-parameter.action': {
    id: 'settings.onCard.qmob-missing-parameter',
    defaultMessage: 'Check the QMob user name and password of this account. If they are filled in, contact support.',
  },
  'catalogue.questionpro.1010.action': {
    id: 'settings.onCard.questionpro-1010',
    defaultMessage:
      'Check the API key of this account. Make sure the datacenter matches the one the key was issued on.',
  },
  'catalogue.questionpro.1011.action': {
    id: 'settings.onCard.questionpro-1011',
    defaultMessage:
      'Check that the user ID of this account belongs to the key’s owner, or ask the account owner to grant API access.',
  },
  'catalogue.questionpro.1013.action': {
    id: 'settings.onCard.questionpro-1013',
    defaultMessage: 'Ask the survey owner to share it with this user, or check the user ID of this account.',
  },
  'catalogue.questionpro.invalid-url-parameters.action': {
    id: 'settings.onCard.questionpro-invalid-url-parameters',
    defaultMessage: 'Check the survey and the user ID of this account; if they are right, contact support.',
  },
});

/** The ids of the actions reworded here (a test checks every action naming Settings → Accounts has one). */
export const REWORDED_ACTIONS: readonly string[] = Object.keys(onCard);

/** An error as its account's card shows it: an action that points to Settings → Accounts points to this account. */
export function onAccountCard<E extends AppError>(error: E): E {
  const action = error.words?.action;
  const here = action ? onCard[action.id] : undefined;
  if (!error.words || !action || !here) return error;
  const sentence = said(here, action.values);
  return { ...error, action: inEnglish(sentence), words: { ...error.words, action: toPhrase(sentence) } };
}
