import { z } from 'zod';

/**
 * What an error body said, whatever shape it came in. Real bodies are not always
 * JSON: QuestionPro's own documented examples leave `docs` unquoted and drop a
 * comma, proxies answer HTML, QMob answers plain text for its HTTP errors.
 */
export interface ParsedErrorBody {
  readonly format: 'json' | 'lenient-json' | 'html' | 'text' | 'empty';
  readonly id?: string;
  readonly name?: string;
  readonly message?: string;
  readonly httpStatusCode?: number;
  /** QMob's "ok"/"error". */
  readonly status?: string;
}

const IdSchema = z.union([z.string(), z.number()]).transform(String);
const ErrorFieldsSchema = z.object({
  id: IdSchema.optional(),
  name: z.string().optional(),
  message: z.string().optional(),
  httpStatusCode: z.number().int().optional(),
  status: z.string().optional(),
});
/** QuestionPro nests the error under response.error; some gateways put it at the top level. */
const WrappedSchema = z.union([
  z.object({ response: z.object({ error: ErrorFieldsSchema }) }).transform((v) => v.response.error),
  z.object({ error: ErrorFieldsSchema }).transform((v) => v.error),
  ErrorFieldsSchema,
]);

const MAX_TEXT = 500;
const LENIENT_FIELD = /"(id|name|message|httpStatusCode|status)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/g;

export function parseErrorBody(body: string, contentType = ''): ParsedErrorBody {
  const text = body.trim();
  if (text === '') return { format: 'empty' };
  if (/text\/html/i.test(contentType) || /^<(!doctype|html|head|body)/i.test(text)) return parseHtml(text);
  if (text.startsWith('{')) return parseJson(text) ?? parseLenient(text) ?? { format: 'text', message: clip(text) };
  return { format: 'text', message: clip(text) };
}

function parseJson(text: string): ParsedErrorBody | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = WrappedSchema.safeParse(raw);
  return parsed.success ? { format: 'json', ...defined(parsed.data) } : { format: 'json' };
}

/** Field-by-field extraction for bodies that look like JSON but are not. */
function parseLenient(text: string): ParsedErrorBody | undefined {
  const fields: Record<string, string | number> = {};
  for (const match of text.matchAll(LENIENT_FIELD)) {
    const key = match[1];
    const value = match[2];
    if (key === undefined || value === undefined || key in fields) continue;
    fields[key] = value.startsWith('"') ? unquote(value) : Number(value);
  }
  if (Object.keys(fields).length === 0) return undefined;
  const parsed = ErrorFieldsSchema.safeParse(fields);
  return parsed.success ? { format: 'lenient-json', ...defined(parsed.data) } : { format: 'lenient-json' };
}

function parseHtml(text: string): ParsedErrorBody {
  const pick = (re: RegExp): string | undefined => {
    const m = re.exec(text);
    const v = m?.[1] ? decodeEntities(stripTags(m[1])).replace(/\s+/g, ' ').trim() : '';
    return v === '' ? undefined : clip(v);
  };
  const message =
    pick(/<title[^>]*>([\s\S]*?)<\/title>/i) ??
    pick(/<h1[^>]*>([\s\S]*?)<\/h1>/i) ??
    pick(/<body[^>]*>([\s\S]*?)<\/body>/i);
  return message ? { format: 'html', message } : { format: 'html' };
}

function unquote(quoted: string): string {
  try {
    const v: unknown = JSON.parse(quoted);
    return typeof v === 'string' ? v : quoted.slice(1, -1);
  } catch {
    return quoted.slice(1, -1);
  }
}

const stripTags = (s: string): string => s.replace(/<[^>]*>/g, ' ');
const decodeEntities = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
const clip = (s: string): string => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
