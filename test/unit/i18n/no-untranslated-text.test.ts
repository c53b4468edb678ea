import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rule that keeps user-visible words out of components, run with the repository's own config. */
const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

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

  it('covers every component: no file is left out of the rule', { timeout: 90_000 }, async () => {
    const components = readdirSync(resolve(root, 'renderer'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => join('renderer', file));
    expect(components.length).toBeGreaterThan(50);
    const uncovered: string[] = [];
    for (const file of components) {
      const config = (await eslint.calculateConfigForFile(resolve(root, file))) as { rules?: Record<string, unknown> };
      const setting = config.rules?.['outpost/no-untranslated-text'];
      const severity = Array.isArray(setting) ? setting[0] : setting;
      if (severity !== 2 && severity !== 'error') uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
  });
});
