/** Browser-only: saving a file the user asked for. */

/** Offers text as a file download; the BOM lets Excel on Windows recognise UTF-8. */
export function downloadText(fileName: string, text: string | Blob): void {
  const blob = typeof text === 'string' ? new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }) : text;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const safeFileName = (name: string): string => name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').trim() || 'list';
