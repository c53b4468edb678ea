import { defineMessages } from './define-messages';

/**
 * The words for the codes that main and common/ send (AppError.code), looked up by errorMessage()
 * as `error.<code>` and `error.<code>.action`. Declared here so extraction puts them in en.json;
 * main's own English stays the fallback for a code not listed.
 */
export const errorWords = defineMessages({
  packageNotJson: {
    id: 'error.package-not-json',
    defaultMessage: 'This file is not an Outpost survey package (it is not JSON). Nothing was imported.',
  },
  packageWrongFormat: {
    id: 'error.package-wrong-format',
    defaultMessage: 'This file is not an Outpost survey package. Nothing was imported.',
  },
  packageWrongVersion: {
    id: 'error.package-wrong-version',
    defaultMessage:
      'This survey package was made by a different version of Outpost. Update Outpost on both laptops and export it again. Nothing was imported.',
  },
  packageInvalid: {
    id: 'error.package-invalid',
    defaultMessage: 'This survey package is damaged or incomplete. Export it again. Nothing was imported.',
  },
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
