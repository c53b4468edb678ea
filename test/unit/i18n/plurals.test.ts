import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIntl } from '../../../renderer/src/i18n/current-intl';

/** Counts on screen agree with their noun in every language ("1 answer", never "1 answers"): ICU plurals. */
const folder = resolve(import.meta.dirname, '../../../renderer/src/i18n/catalogues');
const intlFor = (code: string) =>
  buildIntl(code, JSON.parse(readFileSync(resolve(folder, `${code}.json`), 'utf8')) as Record<string, string>);
const rowMeta = { id: 'capture.responses.rowMeta' };

describe('a response row’s count of answers', () => {
  it('is singular for one and plural for more, in English', () => {
    const intl = intlFor('en');
    expect(intl.formatMessage(rowMeta, { finished: 'today', count: 1 })).toBe('today · 1 answer');
    expect(intl.formatMessage(rowMeta, { finished: 'today', count: 11 })).toBe('today · 11 answers');
  });

  it.each([
    ['fr', '1 réponse', '11 réponses'],
    ['es', '1 respuesta', '11 respuestas'],
    ['pt', '1 resposta', '11 respostas'],
  ])('agrees with its count in %s', (code, one, many) => {
    const intl = intlFor(code);
    expect(intl.formatMessage(rowMeta, { finished: '', count: 1 })).toContain(one);
    expect(intl.formatMessage(rowMeta, { finished: '', count: 11 })).toContain(many);
  });
});
