import { importWords, sayImport } from './import-words';

/**
 * Recognises files that are not a CSV table at all, so the user hears
 * "this is not a CSV file" instead of a thousand rule violations.
 * Looks at the start of the decoded text only.
 */
export function notCsvReason(sample: string): string | null {
  const text = sample.slice(0, 64 * 1024);
  if (text.trim() === '') return sayImport(importWords.empty);
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // NUL and other C0 controls other than tab, line feed, form feed and carriage return do not occur in text.
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) control += 1;
  }
  if (control > 0 && control >= text.length * 0.01) return sayImport(importWords.binaryData);
  const start = text.trimStart();
  if ((start.startsWith('{') || start.startsWith('[')) && looksLikeJson(start)) {
    return sayImport(importWords.json);
  }
  if (/^<(?:!doctype|\?xml|html)/i.test(start)) return sayImport(importWords.webPage);
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

/** Archives and spreadsheet binaries, recognised by their first bytes whatever the file is called. */
/** `format` names the kind in importWords.otherFormat. */
const signatures: { format: string; at: number; bytes: readonly number[] }[] = [
  { format: 'zip', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'emptyZip', at: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'spannedZip', at: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { format: 'xls', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'gzip', at: 0, bytes: [0x1f, 0x8b] },
  { format: 'sevenZip', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'rar', at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: 'xz', at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: 'bzip2', at: 0, bytes: [0x42, 0x5a, 0x68] },
  { format: 'pdf', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'tar', at: 257, bytes: [0x75, 0x73, 0x74, 0x61, 0x72] },
];

export function binaryFormatReason(head: Uint8Array): string | null {
  const found = signatures.find(({ at, bytes }) => bytes.every((byte, index) => head[at + index] === byte));
  if (!found) return null;
  if (found.bytes[0] === 0x42 && !/^BZh[1-9]1AY&SY/.test(String.fromCharCode(...head.slice(0, 10)))) return null;
  return sayImport(importWords.otherFormat, { format: found.format });
}

/** The first bytes of a file, enough for binaryFormatReason. */
export const headOf = async (file: Blob): Promise<Uint8Array> => new Uint8Array(await file.slice(0, 512).arrayBuffer());
