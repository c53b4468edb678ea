/**
 * The spellings a secret takes on its way through text: as typed, percent- or
 * form-encoded (in a URL or a form body), and each of those inside JSON strings
 * (a logged JSON body inside a JSON log line is escaped twice). Redaction must
 * catch every one of them, not only the first.
 */
export function secretForms(secret: string): string[] {
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const forms = [secret, percent, form];
  // Each of them inside a JSON string, inside a JSON string, inside a JSON log line.
  let escaped = forms;
  for (let depth = 0; depth < JSON_DEPTH; depth++) {
    escaped = escaped.map((text) => JSON.stringify(text).slice(1, -1));
    forms.push(...escaped);
  }
  // The longest first, so a form that contains another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/** How deep a secret may sit in JSON strings within JSON strings and still be recognised. */
const JSON_DEPTH = 3;

/** Very short strings would redact ordinary words; real keys and passwords are longer. */
export const MIN_REDACTED_LENGTH = 4;

export const REDACTED = '[redacted]';

/**
 * One pattern per secret matching all its forms. Case-insensitive because
 * percent-encoding may use either hex case; redacting a case variant of a
 * secret too is the safe side of that trade.
 */
export function secretPattern(secrets: Iterable<string>): RegExp | undefined {
  const forms = [...secrets]
    .filter((secret) => secret.length >= MIN_REDACTED_LENGTH)
    .flatMap(secretForms)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return forms.length === 0 ? undefined : new RegExp([...new Set(forms)].join('|'), 'gi');
}

export function redactSecrets(text: string, secrets: Iterable<string>): string {
  const pattern = secretPattern(secrets);
  return pattern ? text.replace(pattern, REDACTED) : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
