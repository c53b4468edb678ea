import { FormattedMessage } from 'react-intl';
import type { ReactNode } from 'react';

/**
 * A new passphrase typed twice (the backup, the recovery file, the first start without a keychain):
 * the two fields, the same wherever a passphrase is chosen. The fields are named `passphrase` and
 * `repeat` in their form; read them back, with the rule checked, by newPassphraseFrom (new-passphrase.ts).
 */
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
