import { defineMessages } from './define-messages';

/**
 * The words for the codes that main and common/ send (AppError.code), looked up by errorMessage()
 * as `error.<code>` and `error.<code>.action`. Declared here so extraction puts them in en.json;
 * main's own English stays the fallback for a code not listed.
 */
export const errorWords = defineMessages({
  internal: {
    id: 'error.internal',
    defaultMessage: 'Outpost hit an internal problem. Your data is safe; please try again.',
  },
  vaultLocked: { id: 'error.vault-locked', defaultMessage: 'Open Outpost’s data first.' },
  vaultFailed: {
    id: 'error.vault-failed',
    defaultMessage: 'Outpost could not reach its data key. Nothing was changed.',
  },
  recoveryInvalid: { id: 'error.recovery-invalid', defaultMessage: 'This is not an Outpost recovery file.' },
});
