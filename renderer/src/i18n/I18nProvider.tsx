import { useEffect, useState, type ReactNode } from 'react';
import { RawIntlProvider, type IntlShape } from 'react-intl';
import { AVAILABLE_LOCALES, loadMessages, SOURCE_MESSAGES } from './catalogues';
import { buildIntl, setCurrentIntl } from './current-intl';
import { resolveLocale, SOURCE_LOCALE, type ResolvedLocale } from './locale-choice';
import { useLocaleChoice } from './locale-store';

function resolveNow(choice: string): ResolvedLocale {
  return resolveLocale(choice, navigator.languages, AVAILABLE_LOCALES);
}

function apply(resolved: ResolvedLocale, intl: IntlShape): void {
  setCurrentIntl(intl);
  document.documentElement.lang = resolved.formatLocale;
  document.documentElement.dir = resolved.direction;
}

/** English is in the bundle, so an English start shows at once; another language loads its one file first. */
function initialIntl(choice: string): IntlShape | undefined {
  const resolved = resolveNow(choice);
  if (resolved.catalogue !== SOURCE_LOCALE) return undefined;
  const intl = buildIntl(resolved.formatLocale, SOURCE_MESSAGES);
  apply(resolved, intl);
  return intl;
}

/** Speaks the chosen language, or the OS's; a new choice (or a new OS language) applies at once. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const choice = useLocaleChoice((state) => state.choice);
  const [intl, setIntl] = useState<IntlShape | undefined>(() => initialIntl(choice));
  const [systemChange, setSystemChange] = useState(0);

  useEffect(() => {
    const onLanguageChange = (): void => setSystemChange((n) => n + 1);
    window.addEventListener('languagechange', onLanguageChange);
    return () => window.removeEventListener('languagechange', onLanguageChange);
  }, []);

  useEffect(() => {
    let active = true;
    const resolved = resolveNow(choice);
    void loadMessages(resolved.catalogue).then((messages) => {
      if (!active) return;
      const next = buildIntl(resolved.formatLocale, messages);
      apply(resolved, next);
      setIntl(next);
    });
    return () => {
      active = false;
    };
  }, [choice, systemChange]);

  if (!intl) return null;
  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}
