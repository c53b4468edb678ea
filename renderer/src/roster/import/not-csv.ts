/**
 * Recognises files that are not a CSV table at all, so the user hears
 * "this is not a CSV file" instead of a thousand rule violations.
 * Looks at the start of the decoded text only.
 */
export function notCsvReason(sample: string): string | null {
  const text = sample.slice(0, 64 * 1024);
  if (text.trim() === '') return 'The file is empty.';
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // NUL and other C0 controls other than tab, line feed, form feed and carriage return do not occur in text.
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control += 1;
  }
  if (control > 0 && control >= text.length * 0.01)
    return 'The file holds binary data, not a CSV table. Save the spreadsheet as “CSV” and choose that file.';
  const start = text.trimStart();
  if ((start.startsWith('{') || start.startsWith('[')) && looksLikeJson(start)) {
    return 'The file holds JSON, not a CSV table. Export the respondents as CSV and choose that file.';
  }
  if (/^<(?:!doctype|\?xml|html)/i.test(start)) return 'The file holds a web page or XML, not a CSV table.';
  return null;
}

function looksLikeJson(start: string): boolean {
  try {
    JSON.parse(start);
    return true;
  } catch {
    // A truncated sample of a large JSON file: its first line has JSON punctuation and no table shape.
    const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
    return /^[[{]\s*("|\{|\[|$)/.test(firstLine);
  }
}
