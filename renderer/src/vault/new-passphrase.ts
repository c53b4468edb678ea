import { newPassphraseProblem, PASSPHRASE_MIN_LENGTH } from '../../../common/contract';
import { said, type Said } from '../../../common/i18n/phrase';
import { defineMessages } from '../i18n/define-messages';

/** The one rule for a new passphrase, said the same way wherever one is chosen (NewPassphraseFields). */
const words = defineMessages({
  tooShort: {
    id: 'passphrase.new.tooShort',
    defaultMessage:
      'Use at least {min, plural, one {# character} other {# characters}}; a few words you remember work well.',
  },
  different: { id: 'passphrase.new.different', defaultMessage: 'The two passphrases are not the same.' },
});

/** The passphrase the form's NewPassphraseFields hold, or why it cannot be used (said where it is shown). */
export function newPassphraseFrom(form: FormData): { passphrase: string; problem?: undefined } | { problem: Said } {
  const passphrase = String(form.get('passphrase') ?? '');
  const problem = newPassphraseProblem(passphrase, String(form.get('repeat') ?? ''));
  if (problem === 'too-short') return { problem: said(words.tooShort, { min: PASSPHRASE_MIN_LENGTH }) };
  if (problem === 'different') return { problem: said(words.different) };
  return { passphrase };
}
