import { defineMessages, said } from '../../../common/i18n/phrase';
import { failSaying } from '../../../common/result';

const words = defineMessages({
  bridgeMissing: {
    id: 'error.bridge-unavailable',
    defaultMessage: 'Outpost cannot reach its background service. Please restart Outpost.',
  },
});

/** What every call answers when the preload's bridge to main is not there (or broke mid-call). */
export const bridgeMissing = failSaying('bridge-unavailable', said(words.bridgeMissing));
