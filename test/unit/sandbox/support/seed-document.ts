import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads examples straight out of the vendor documents (verbatim copies in test/fixtures/seeds/),
 * so tests compare the sandbox with the documentation itself rather than with a transcription of it.
 */
const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'seeds');

const seedText = (file: string): string => readFileSync(join(seedsDir, file), 'utf8');

export const createResponseSeed = (): string => seedText('questionpro-create-response.txt');
export const respondentApisSeed = (): string => seedText('qmob-respondent-apis.txt');

/** The balanced {...} block starting at `start`. */
function braceBlock(text: string, start: number): string {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(start, index + 1);
    }
  }
  throw new Error('unbalanced block in seed document');
}

/** The body of the curl example, byte for byte (`--data '…'`). */
export function seedCurlBody(): string {
  const text = createResponseSeed();
  const start = text.indexOf("--data '") + "--data '".length;
  const end = text.indexOf("}'", start) + 1;
  return text.slice(start, end);
}

/** The documented success response (the block printed after the Python example). */
export function seedExampleResponse(): unknown {
  const text = createResponseSeed();
  const anchor = text.indexOf('print(response.text)');
  return JSON.parse(braceBlock(text, text.indexOf('{', anchor)));
}

/** The minimal request exactly as printed (it is missing a bracket). */
export function seedMinimalRequestAsPrinted(): string {
  const text = createResponseSeed();
  const start = text.indexOf('\n{\n') + 1; // the URL line above contains {{env}}
  const fullExampleStart = text.indexOf('{\n"ipAddress"');
  return text.slice(start, fullExampleStart).trimEnd();
}

/** Every JSON Schema block in the Create Response document (success first, then the errors). */
export function seedJsonSchemas(): Array<Record<string, unknown>> {
  const text = createResponseSeed();
  const schemas: Array<Record<string, unknown>> = [];
  let index = text.indexOf('{\n"$schema"');
  while (index >= 0) {
    const block = braceBlock(text, index);
    schemas.push(JSON.parse(block) as Record<string, unknown>);
    index = text.indexOf('{\n"$schema"', index + block.length);
  }
  return schemas;
}

/**
 * Every status message in the QMob seed (both table layouts, the HTTP errors and the callback
 * messages), as printed, placeholders included.
 */
export function seedQmobMessages(): string[] {
  const lines = respondentApisSeed()
    .split('\n')
    .map((line) => line.trim());
  const messages = new Set<string>();
  lines.forEach((line, index) => {
    const pipeRow = /^\|\s*(ok|error)\s*\|\s*(.+?)\s*\|/.exec(line);
    if (pipeRow?.[2]) messages.add(pipeRow[2]);
    // Row-per-line layout: a lone "|" opens the row, then "ok |", then "<message> |".
    const isStatusCell = /^(ok|error|HTTP \d{3}) \|$/.test(line);
    const message = lines[index + 1]?.replace(/\s*\|$/, '');
    if (isStatusCell && lines[index - 1] === '|' && message) messages.add(message);
  });
  return [...messages];
}

/** A seed message with placeholders (X, Y, <N>, (...), [r1,r2,…], <exception details>) as a regex. */
export function seedMessagePattern(message: string): RegExp {
  const placeholders: Array<[RegExp, string]> = [
    [/<exception details>/g, '\u0000DETAILS\u0000'],
    [/<N>/g, '\u0000NUMBER\u0000'],
    [/\(\.\.\.\)/g, '\u0000PARENS\u0000'],
    [/\[r1,r2,…\]/g, '\u0000BRACKETS\u0000'],
    [/\bX\b|\bY\b/g, '\u0000WORD\u0000'],
  ];
  let marked = message;
  for (const [pattern, token] of placeholders) marked = marked.replace(pattern, token);
  const escaped = marked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = escaped
    .replaceAll('\u0000DETAILS\u0000', '.+')
    .replaceAll('\u0000NUMBER\u0000', '\\d+')
    .replaceAll('\u0000PARENS\u0000', '\\(.+\\)')
    .replaceAll('\u0000BRACKETS\u0000', '\\[.+\\]')
    .replaceAll('\u0000WORD\u0000', '\\S+');
  return new RegExp(`^${source}$`);
}
