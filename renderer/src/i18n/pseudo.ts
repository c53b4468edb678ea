import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * The pseudo-locale: every letter accented and every vowel doubled (English text grows by
 * about a third, as French or Portuguese do), the whole message in brackets. Placeholders,
 * plurals, selects and tags keep their structure, so the messages format exactly as English.
 */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c, i) => [c, 'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'[i] ?? c]),
    ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c, i) => [c, 'ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'[i] ?? c]),
  ].map(([plain, accented]) => [plain as string, accented as string]),
);
const VOWELS = new Set('aeiouyAEIOUY');

export function pseudoText(text: string): string {
  let out = '';
  for (const char of text) {
    const accented = ACCENTED[char] ?? char;
    out += VOWELS.has(char) ? accented + accented : accented;
  }
  return out;
}

function pseudoElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element): MessageFormatElement => {
    switch (element.type) {
      case TYPE.literal:
        return { ...element, value: pseudoText(element.value) };
      case TYPE.select:
      case TYPE.plural:
        return {
          ...element,
          options: Object.fromEntries(
            Object.entries(element.options).map(([key, option]) => [
              key,
              { ...option, value: pseudoElements(option.value) },
            ]),
          ),
        };
      case TYPE.tag:
        return { ...element, children: pseudoElements(element.children) };
      default:
        return element;
    }
  });
}

/** One message of the source catalogue in the pseudo-locale, as a parsed message react-intl formats directly. */
export function pseudoMessage(source: string): MessageFormatElement[] {
  return [{ type: TYPE.literal, value: '[' }, ...pseudoElements(parse(source)), { type: TYPE.literal, value: ']' }];
}

export function pseudoCatalogue(source: Readonly<Record<string, string>>): Record<string, MessageFormatElement[]> {
  return Object.fromEntries(Object.entries(source).map(([id, message]) => [id, pseudoMessage(message)]));
}
