/**
 * The form of a URL that may appear in logs and errors: scheme, host, port and
 * path only. Queries are dropped (they can carry search terms or, on old
 * QuestionPro integrations, an apiKey) and so is any user:password@.
 */
export function safeUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return '(invalid address)';
  }
}
