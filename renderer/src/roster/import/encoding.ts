/**
 * Which text encoding a CSV file uses. Spreadsheets on field laptops save UTF-8
 * (with or without a BOM), "Unicode text" (UTF-16 with a BOM) or, on older
 * Windows, Windows-1252. Detection: a BOM decides; else UTF-16 is recognised by
 * its zero bytes; else the whole file is checked as UTF-8 (a streaming, fatal
 * decoder; native and fast); anything that is not valid UTF-8 is Windows-1252.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export const encodingLabels: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

/** Large enough to keep the number of reads low, small enough to stay responsive. */
export const READ_CHUNK_BYTES = 1 << 20;

export function encodingFromBom(head: Uint8Array): TextEncodingName | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 text without a BOM: mostly ASCII, so every other byte is zero. */
export function utf16WithoutBom(head: Uint8Array): TextEncodingName | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (head[2 * i] === 0) zeroEven += 1;
    if (head[2 * i + 1] === 0) zeroOdd += 1;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Reads a file in slices, so a 100,000-row file never sits in memory as one buffer. */
export async function* readSlices(file: Blob, sliceBytes = READ_CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < file.size; offset += sliceBytes) {
    yield new Uint8Array(await file.slice(offset, offset + sliceBytes).arrayBuffer());
  }
}

async function isValidUtf8(file: Blob): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const slice of readSlices(file)) decoder.decode(slice, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

export async function detectEncoding(file: Blob): Promise<TextEncodingName> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  const fromBom = encodingFromBom(head) ?? utf16WithoutBom(head);
  if (fromBom) return fromBom;
  return (await isValidUtf8(file)) ? 'utf-8' : 'windows-1252';
}

/**
 * Decodes slice by slice; a character split across two slices is carried over by
 * the streaming decoder. The decoder drops a leading BOM itself.
 */
export async function* decodeSlices(
  file: Blob,
  encoding: TextEncodingName,
  sliceBytes = READ_CHUNK_BYTES,
): AsyncGenerator<{ text: string; bytesRead: number }> {
  const decoder = new TextDecoder(encoding);
  let bytesRead = 0;
  for await (const slice of readSlices(file, sliceBytes)) {
    bytesRead += slice.length;
    yield { text: decoder.decode(slice, { stream: true }), bytesRead };
  }
  const rest = decoder.decode();
  if (rest !== '') yield { text: rest, bytesRead };
}
