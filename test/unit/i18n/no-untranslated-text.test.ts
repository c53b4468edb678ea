import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule that keeps user-visible words out of components, run with the repository's own config. */
const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const notYetTranslated = JSON.parse(readFileSync(resolve(root, 'eslint.i18n-pending.json'), 'utf8')) as string[];

async function untranslated(code: string, file = 'renderer/src/components/Example.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'outpost/no-untranslated-text')
    .map((message) => code.split('\n')[message.line - 1]?.trim() ?? '');
}

describe('no untranslated text in components', () => {
  it('fails on literal text, and on literal labels a person reads or hears', { timeout: 90_000 }, async () => {
    const code = [
      "import { FormattedMessage, useIntl } from 'react-intl';",
      'export function Example({ n }: { n: number }) {',
      '  const intl = useIntl();',
      '  return (',
      "    <section aria-label={intl.formatMessage({ id: 'x.label', defaultMessage: 'Fine' })}>",
      '      <h2>Nothing here</h2>',
      '      <button type="button" title="Send now">',
      '        <FormattedMessage id="x.send" defaultMessage="Send" />',
      '      </button>',
      "      <input aria-label={n > 1 ? 'Many' : 'One'} placeholder=\"Name\" />",
      "      {' '}",
      '      <img alt="Logo" src="x.png" />',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(await untranslated(code)).toEqual([
      '<h2>Nothing here</h2>',
      '<button type="button" title="Send now">',
      "<input aria-label={n > 1 ? 'Many' : 'One'} placeholder=\"Name\" />",
      "<input aria-label={n > 1 ? 'Many' : 'One'} placeholder=\"Name\" />",
      "<input aria-label={n > 1 ? 'Many' : 'One'} placeholder=\"Name\" />",
      '<img alt="Logo" src="x.png" />',
    ]);
  });

  it('lists only files that exist, so the allowlist can only shrink to empty', () => {
    expect(notYetTranslated.filter((file) => !existsSync(resolve(root, file)))).toEqual([]);
  });
});
