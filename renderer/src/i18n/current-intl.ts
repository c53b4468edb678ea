import { createIntl, createIntlCache, ReactIntlErrorCode, type IntlConfig, type IntlShape } from 'react-intl';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { SOURCE_LOCALE } from './locale-choice';

/**
 * The one IntlShape the interface formats with. Components read it through useIntl(); code outside
 * React (progress words, storage checks) through currentIntl(), which always answers in the chosen
 * language because the provider swaps it before re-rendering.
 */
const cache = createIntlCache();

/** A catalogue as react-intl takes it: message strings, or parsed messages (the pseudo-locale). */
export type Messages = Record<string, string> | Record<string, MessageFormatElement[]>;

/** A malformed translation is reported (the page's error event in a browser) without breaking the screen. */
const host = globalThis as { reportError?: (error: unknown) => void };

function onError(error: Parameters<NonNullable<IntlConfig['onError']>>[0]): void {
  // A message missing from a translation falls back to English; the catalogue test catches it before release.
  if (error.code === ReactIntlErrorCode.MISSING_TRANSLATION) return;
  host.reportError?.(error);
}

export function buildIntl(locale: string, messages: Messages): IntlShape {
  return createIntl({ locale, messages, defaultLocale: SOURCE_LOCALE, onError }, cache);
}

let current: IntlShape = buildIntl(SOURCE_LOCALE, {});

export function currentIntl(): IntlShape {
  return current;
}

export function setCurrentIntl(intl: IntlShape): void {
  current = intl;
}
