/**
 * Saving a file the user asked for. The renderer has no file system: the
 * browser's download (Electron's save dialog) is the way out.
 */
export function saveFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveTextFile(fileName: string, text: string, type: string): void {
  saveFile(fileName, new Blob([text], { type }));
}

/** CSV with a byte-order mark, so Excel on Windows reads it as UTF-8. */
export function saveCsvFile(fileName: string, csv: string): void {
  saveFile(fileName, new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
}

export function saveJsonFile(fileName: string, data: unknown): void {
  saveTextFile(fileName, JSON.stringify(data, null, 2), 'application/json');
}

/** A name any file system accepts, from a survey's or list's name. */
export const safeFileName = (name: string, fallback: string): string =>
  name
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .trim()
    .replace(/\s+/g, '-') || fallback;
