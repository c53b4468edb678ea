import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { AVAILABLE_LOCALES } from '../i18n/catalogues';
import { PSEUDO_LOCALE, SYSTEM_CHOICE } from '../i18n/locale-choice';
import { useLocaleChoice } from '../i18n/locale-store';

/** Each language in its own words ("Kiswahili", "العربية"), so a user lost in the wrong one finds theirs. */
function ownName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

export function LanguagePanel() {
  const intl = useIntl();
  const choice = useLocaleChoice((state) => state.choice);
  const setChoice = useLocaleChoice((state) => state.setChoice);
  const selectId = useId();
  const codes = choice === PSEUDO_LOCALE ? [...AVAILABLE_LOCALES, PSEUDO_LOCALE] : AVAILABLE_LOCALES;
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">
        <FormattedMessage id="settings.language.heading" defaultMessage="Language" />
      </h2>
      <label htmlFor={selectId}>
        <FormattedMessage id="settings.language.label" defaultMessage="Language of Outpost" />
      </label>{' '}
      <select
        id={selectId}
        data-testid="language-picker"
        value={choice}
        onChange={(event) => setChoice(event.currentTarget.value)}
      >
        <option value={SYSTEM_CHOICE}>
          {intl.formatMessage({ id: 'settings.language.system', defaultMessage: 'Same as this computer' })}
        </option>
        {codes.map((code) => (
          <option key={code} value={code} lang={code}>
            {ownName(code)}
          </option>
        ))}
      </select>
      <p className="language-hint">
        <FormattedMessage
          id="settings.language.hint"
          defaultMessage="The change applies at once. Survey questions keep the languages the survey was written in."
        />
      </p>
    </section>
  );
}
