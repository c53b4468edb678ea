import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const KEEP_BYTES = 5 * 1024 * 1024;

export interface LogFile {
  write(line: string): void;
  close(): void;
}

/**
 * A log file IT can ask for: appended to, and moved aside to `.1` whenever it
 * would pass `keepBytes`, at start-up and while running, so it never holds more
 * than twice that on disk. Lines are written synchronously: they are small, and
 * the line written just before a crash is the one IT needs. A failing disk
 * never takes the app down with it: the line is dropped.
 */
export function openLogFile(path: string, keepBytes = KEEP_BYTES): LogFile {
  mkdirSync(dirname(path), { recursive: true });
  let size = existsSync(path) ? statSync(path).size : 0;
  let fd: number | undefined;

  const rotate = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (existsSync(path)) renameSync(path, `${path}.1`);
    size = 0;
  };
  if (size > keepBytes) rotate();

  return {
    write(line) {
      const text = `${line}\n`;
      const bytes = Buffer.byteLength(text);
      try {
        if (size > 0 && size + bytes > keepBytes) rotate();
        fd ??= openSync(path, 'a', 0o600);
        writeSync(fd, text);
        size += bytes;
      } catch {
        // Nowhere left to report it; the app goes on.
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
