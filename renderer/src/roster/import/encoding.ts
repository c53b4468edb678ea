import { importWords, sayImport } from './import-words';

/**
 * Which text encoding a CSV file uses. Spreadsheets on field laptops save UTF-8
 * (with or without a BOM), "Unicode text" (UTF-16 with a BOM) or, on older
 * Windows, Windows-1252. Detection: a BOM decides; else UTF-16 is recognised by
 * its zero bytes; else the whole file is decoded as UTF-8, counting valid
 * non-ASCII characters and invalid bytes. A file with no valid UTF-8 letter
 * beyond ASCII, or more invalid bytes than valid letters, is Windows-1252; any
 * other file is UTF-8, and its invalid bytes are reported (one stray byte must
 * not turn every accented name into mojibake).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes that are not valid in the encoding (UTF-8 only): rows holding them are reported, not stored. */
  invalidBytes: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export class ReadCancelled extends Error {
  constructor() {
    super(sayImport(importWords.readCancelled));
  }
}

async function scanUtf8(file: Blob, options: ReadOptions): Promise<{ invalid: number; nonAscii: number }> {
  const decoder = new TextDecoder('utf-8');
  let invalid = 0;
  let nonAscii = 0;
  let bytesRead = 0;
  const count = (text: string): void => {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code < 0x80) continue;
      if (code === 0xfffd) invalid += 1;
      else nonAscii += 1;
    }
  };
  for await (const slice of readSlices(file)) {
    if (options.signal?.aborted) throw new ReadCancelled();
    bytesRead += slice.length;
    count(decoder.decode(slice, { stream: true }));
    options.onProgress?.(bytesRead, file.size);
  }
  count(decoder.decode());
  return { invalid, nonAscii };
}

export async function detectEncoding(file: Blob, options: ReadOptions = {}): Promise<DetectedEncoding> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  const fromBom = encodingFromBom(head) ?? utf16WithoutBom(head);
  if (fromBom) return { encoding: fromBom, invalidBytes: 0 };
  const { invalid, nonAscii } = await scanUtf8(file, options);
  if (invalid === 0) return { encoding: 'utf-8', invalidBytes: 0 };
  if (invalid > nonAscii) return { encoding: 'windows-1252', invalidBytes: 0 };
  return { encoding: 'utf-8', invalidBytes: invalid };
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
