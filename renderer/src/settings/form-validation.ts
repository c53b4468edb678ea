import type { z } from 'zod';
import type { Result } from '../../../common/result';
import { defineMessages, saySentence } from '../../../common/i18n/phrase';
import { issueSaid } from '../../../common/zod-words';
import { currentIntl } from '../i18n/current-intl';

const words = defineMessages({
  plainHttp: {
    id: 'settings.form.plainHttp',
    defaultMessage: 'Use an address that starts with https://. Outpost never sends data over plain http://.',
  },
  enterAddress: {
    id: 'settings.form.enterAddress',
    defaultMessage: 'Enter the server address, starting with https://.',
  },
});

/** One message per field name; a field with no entry is fine. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A form's reading: the value to send, or the message of each field that needs fixing. */
export type FormOutcome<F extends string, T> = Result<T, FieldErrors<F>>;

/**
 * Checks one field: empty required fields get a plain "Enter …" sentence, anything else the
 * schema's own check in the interface's language (issueSaid: zod's wording is for developers).
 */
export function fieldError(schema: z.ZodType, value: string, emptyMessage: string): string | undefined {
  if (value.trim() === '') return emptyMessage;
  const parsed = schema.safeParse(value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue ? saySentence(currentIntl(), issueSaid(issue)) : emptyMessage;
}

/** Addresses are where users most often paste http://; say exactly why it is refused. */
export function httpsAddressError(schema: z.ZodType, value: string): string | undefined {
  if (/^\s*http:\/\//i.test(value)) {
    return currentIntl().formatMessage(words.plainHttp);
  }
  return fieldError(schema, value, currentIntl().formatMessage(words.enterAddress));
}

export function withoutEmpty<F extends string>(errors: Record<F, string | undefined>): FieldErrors<F> {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as FieldErrors<F>;
}

/** FormData values as text; a file input never appears in these forms. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
