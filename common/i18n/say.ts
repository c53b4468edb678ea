import { createIntl, type MessageDescriptor } from '@formatjs/intl';

/**
 * How code in common/ (validation, respondent rules, the error catalogue) puts a message into words.
 * Its messages are declared with defineMessages (extracted into renderer/src/i18n/catalogues/en.json
 * with the rest). Main and tests speak the English defaults; the renderer installs its own
 * formatter, so the same rule speaks the interface's language there.
 */
export type Values = Readonly<Record<string, string | number | Date>>;
export type Say = (message: MessageDescriptor, values?: Values) => string;

const english = createIntl({ locale: 'en', messages: {}, onError: () => undefined });
const inEnglish: Say = (message, values) => english.formatMessage(message, values);

let current: Say = inEnglish;

export function say(message: MessageDescriptor, values?: Values): string {
  return current(message, values);
}

/** The English words, whatever the interface speaks (logs, main's own sentences). */
export function sayInEnglish(message: MessageDescriptor, values?: Values): string {
  return inEnglish(message, values);
}

export function installSay(formatter: Say): void {
  current = formatter;
}

/**
 * Declares messages for extraction (`npm run i18n:extract` finds calls by this name) without
 * FormatJS' typed contracts, which refuse values the declaration did not spell out.
 */
export function defineMessages<K extends string>(
  messages: Record<K, MessageDescriptor & { id: string; defaultMessage: string }>,
): Record<K, MessageDescriptor> {
  return messages;
}
