/** Offers text as a download; the renderer has no file system, the browser's save dialog is the way out. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the download a moment to start before the address goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const safeFileName = (name: string): string => name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().replace(/\s+/g, '-') || 'survey';

/** Files over this are refused before reading: nothing Outpost writes comes near it. */
export const MAX_READ_BYTES = 512 * 1024 * 1024;
