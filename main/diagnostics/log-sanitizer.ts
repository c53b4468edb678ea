import { safeUrl } from '../connectors/transport/safe-url';
import type { Redactor } from '../logging/logger';

/**
 * Field names whose text values are Outpost's own words or codes, never a
 * person's data or a secret. Everything else with text in it is left out of a
 * diagnostics bundle: a server's message can quote a respondent's name or phone
 * number, and a new log field is unknown until someone decides it is safe.
 */
const SAFE_TEXT_FIELDS = new Set([
  'method',
  'url',
  'problem',
  'detail',
  'kind',
  'mode',
  'operation',
  'state',
  'service',
  'version',
  'code',
  'status',
  'accountId',
  'itemId',
  'blockers',
  'host',
  'proxy',
  'questionPro',
]);

const MAX_MESSAGE = 200;
const LEFT_OUT = '[left out]';

/**
 * One log file as support may see it: each JSON line keeps its time, level and
 * message, numbers and true/false, and text only in fields known to be safe;
 * every secret the redactor knows is hidden again (it may have learnt one after
 * the line was written). Lines not in Outpost's format are dropped and counted.
 */
export function sanitizeLog(text: string, redactor: Redactor): string {
  const out: string[] = [];
  let dropped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const record = parseRecord(line);
    if (!record) {
      dropped += 1;
      continue;
    }
    out.push(redactor.redact(JSON.stringify(record)));
  }
  if (dropped > 0)
    out.push(JSON.stringify({ level: 'info', message: `${dropped} lines not in Outpost's format left out` }));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function parseRecord(line: string): Record<string, unknown> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entry = raw as Record<string, unknown>;
  const record: Record<string, unknown> = {
    time: typeof entry['time'] === 'string' ? entry['time'] : null,
    level: typeof entry['level'] === 'string' ? entry['level'] : null,
    message: typeof entry['message'] === 'string' ? entry['message'].slice(0, MAX_MESSAGE) : LEFT_OUT,
  };
  const fields = entry['fields'];
  if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
    record['fields'] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([key, value]) => [key, safeValue(key, value)]),
    );
  }
  return record;
}

function safeValue(key: string, value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (!SAFE_TEXT_FIELDS.has(key)) return LEFT_OUT;
  if (typeof value === 'string') return key === 'url' ? safeUrl(value) : value.slice(0, MAX_MESSAGE);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.map((item) => item.slice(0, MAX_MESSAGE));
  }
  return LEFT_OUT;
}
