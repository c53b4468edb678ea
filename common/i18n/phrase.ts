import { createIntl, createIntlCache } from '@formatjs/intl';
import { z } from 'zod';

/**
 * Words that cross a process boundary or are stored (an error's explanation and action, a
 * service's notice) travel as a phrase: the id of a message in the catalogues and the values it is
 * said with, never only as finished English. The renderer says a phrase in the interface's
 * language (sayPhrase with its intl); the English (AppError.message) still travels beside it for
 * logs, for main, and for a phrase whose id this version's catalogues do not know.
 */
export const PhraseValueSchema = z.union([
  z.string(),
  z.number(),
  /** People or things a sentence names: said as the locale's list ("a, b and c", "a, b, c and 4 more"). */
  z.object({ names: z.array(z.string()).readonly() }),
  /** A moment (ms since the epoch): said as the locale's date (its month by name) and time. */
  z.object({ instant: z.number() }),
  /** A moment named the same on every laptop (a survey version's): its date and time in UTC, said so. */
  z.object({ utcInstant: z.number() }),
]);
export type PhraseValue = z.infer<typeof PhraseValueSchema>;
export type PhraseValues = Readonly<Record<string, PhraseValue>>;

export const PhraseSchema = z.object({
  id: z.string(),
  values: z.record(z.string(), PhraseValueSchema).optional(),
});
export type Phrase = z.infer<typeof PhraseSchema>;

/** A message declared in code with its id and English text (extracted into the catalogues' en.json). */
export interface DeclaredMessage {
  readonly id: string;
  readonly defaultMessage: string;
}

/** One sentence before it is said: a declared message and its values. */
export interface Said {
  readonly message: DeclaredMessage;
  readonly values?: PhraseValues;
}

/**
 * Declares messages for extraction (`npm run i18n:extract` finds calls by this name). FormatJS' own
 * defineMessages types each message's values from its text and then refuses values passed from a
 * variable; this one keeps the id and English text, which is all a phrase needs.
 */
export function defineMessages<K extends string>(
  messages: Readonly<Record<K, DeclaredMessage>>,
): Readonly<Record<K, DeclaredMessage>> {
  return messages;
}

export const said = (message: DeclaredMessage, values?: PhraseValues): Said =>
  values ? { message, values } : { message };

export const toPhrase = (sentence: Said): Phrase =>
  sentence.values ? { id: sentence.message.id, values: { ...sentence.values } } : { id: sentence.message.id };

/** What saying a phrase needs of an intl object: FormatJS' own, or react-intl's. */
export interface PhraseIntl {
  readonly messages: Readonly<Record<string, unknown>>;
  formatMessage(descriptor: DeclaredMessage | { id: string }, values?: Record<string, string | number>): string;
  formatList(list: readonly string[], options?: Intl.ListFormatOptions): string;
  formatDate(value: number, options?: Intl.DateTimeFormatOptions): string;
}

const words = defineMessages({
  more: { id: 'common.list.more', defaultMessage: '{count, plural, one {# more} other {# more}}' },
  utc: { id: 'common.date.utc', defaultMessage: '{date} UTC' },
});

/** A list longer than this names its first few and counts the rest. */
const NAMES_SHOWN = 3;

function namesInWords(intl: PhraseIntl, names: readonly string[]): string {
  const shown = names.length > NAMES_SHOWN ? names.slice(0, NAMES_SHOWN) : names;
  const rest = names.length - shown.length;
  return intl.formatList(rest > 0 ? [...shown, intl.formatMessage(words.more, { count: rest })] : shown, {
    type: 'conjunction',
  });
}

function utcInWords(intl: PhraseIntl, at: number): string {
  const date = intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return intl.formatMessage(words.utc, { date });
}

function plainValues(intl: PhraseIntl, values: PhraseValues | undefined): Record<string, string | number> {
  const plain: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
    else if ('names' in value) plain[key] = namesInWords(intl, value.names);
    else if ('utcInstant' in value) plain[key] = utcInWords(intl, value.utcInstant);
    else plain[key] = intl.formatDate(value.instant, { dateStyle: 'long', timeStyle: 'short' });
  }
  return plain;
}

/**
 * A phrase in the language of `intl`. A phrase whose id the catalogues do not hold (stored by
 * another version of Outpost) is said in the English that came with it.
 */
export function sayPhrase(intl: PhraseIntl, phrase: Phrase, english: string): string {
  if (!Object.prototype.hasOwnProperty.call(intl.messages, phrase.id)) return english;
  const descriptor = { id: phrase.id };
  return intl.formatMessage(descriptor, plainValues(intl, phrase.values));
}

/** A declared sentence in the language of `intl` (a check's words, said where they are shown). */
export function saySentence(intl: PhraseIntl, sentence: Said): string {
  return intl.formatMessage(sentence.message, plainValues(intl, sentence.values));
}

/** British English, as Outpost's English sentences have always been written (no serial comma). */
const english = createIntl({ locale: 'en-GB', messages: {}, onError: () => undefined }, createIntlCache());

/** A declared sentence in English: what main logs and what travels beside the phrase. */
export function inEnglish(sentence: Said): string {
  return english.formatMessage(sentence.message, plainValues(english, sentence.values));
}

/** An error's words as phrases: its explanation (AppError.message) and what to do (AppError.action). */
export const ErrorWordsSchema = z.object({ message: PhraseSchema, action: PhraseSchema.optional() });
export type ErrorWords = z.infer<typeof ErrorWordsSchema>;
