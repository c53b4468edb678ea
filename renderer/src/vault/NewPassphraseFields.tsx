import { FormattedMessage, type IntlShape } from 'react-intl';
import type { ReactNode } from 'react';
import { newPassphraseProblem, PASSPHRASE_MIN_LENGTH } from '../../../common/contract';
import { defineMessages } from '../i18n/define-messages';

/**
 * A new passphrase typed twice (the backup, the recovery file, the first start without a keychain):
 * the two fields and the one rule, said the same way wherever a passphrase is chosen. The fields are
 * named `passphrase` and `repeat` in their form; read them back with newPassphraseFrom.
 */
const words = defineMessages({
  tooShort: {
    id: 'passphrase.new.tooShort',
    defaultMessage:
      'Use at least {min, plural, one {# character} other {# characters}}; a few words you remember work well.',
  },
  different: { id: 'passphrase.new.different', defaultMessage: 'The two passphrases are not the same.' },
});

export function NewPassphraseFields({ label, required = false }: { label: ReactNode; required?: boolean }) {
  return (
    <>
      <label>
        {label}
        <input name="passphrase" type="password" autoComplete="new-password" required={required} />
      </label>
      <label>
        <FormattedMessage id="passphrase.new.repeat" defaultMessage="The same passphrase again" />
        <input name="repeat" type="password" autoComplete="new-password" required={required} />
      </label>
    </>
  );
}

/** The passphrase the form's NewPassphraseFields hold, or why it cannot be used, in the interface's language. */
export function newPassphraseFrom(
  form: FormData,
  intl: IntlShape,
): { passphrase: string; problem?: undefined } | { problem: string } {
  const passphrase = String(form.get('passphrase') ?? '');
  const problem = newPassphraseProblem(passphrase, String(form.get('repeat') ?? ''));
  if (problem === 'too-short') return { problem: intl.formatMessage(words.tooShort, { min: PASSPHRASE_MIN_LENGTH }) };
  if (problem === 'different') return { problem: intl.formatMessage(words.different) };
  return { passphrase };
}
