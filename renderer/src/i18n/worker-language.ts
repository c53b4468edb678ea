import { z } from 'zod';
import { buildIntl, currentIntl, setCurrentIntl, type Messages } from './current-intl';

/**
 * A worker (the roster import) speaks the interface's language: the page sends its locale and
 * catalogue first, as it sends the data key, and the worker's currentIntl() answers in it.
 * Its progress, refusals and problems report are then in the words of the screen that started it; a
 * language chosen while it runs applies to the next run.
 */
const LANGUAGE_MESSAGE = 'outpost.interface-language';

const languageSchema = z.object({
  type: z.literal(LANGUAGE_MESSAGE),
  locale: z.string().min(1),
  // Message strings, or the pseudo-locale's parsed messages (arrays of ICU elements).
  messages: z.record(z.string(), z.union([z.string(), z.array(z.unknown())])),
});

export function shareInterfaceLanguage(worker: { postMessage(message: unknown): void }): void {
  const intl = currentIntl();
  worker.postMessage({ type: LANGUAGE_MESSAGE, locale: intl.locale, messages: intl.messages });
}

export function receiveInterfaceLanguage(scope: {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}): void {
  scope.addEventListener('message', (event) => {
    const parsed = languageSchema.safeParse(event.data);
    if (!parsed.success) return;
    setCurrentIntl(buildIntl(parsed.data.locale, parsed.data.messages as Messages));
  });
}
