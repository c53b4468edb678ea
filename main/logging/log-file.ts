import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const KEEP_BYTES = 5 * 1024 * 1024;

/**
 * A log file IT can ask for: appended to, and moved aside to `.1` at start-up
 * once it passes 5 MB, so it never grows without bound.
 */
export function openLogFile(path: string): (line: string) => void {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && statSync(path).size > KEEP_BYTES) renameSync(path, `${path}.1`);
  const stream = createWriteStream(path, { flags: 'a', mode: 0o600 });
  return (line) => {
    stream.write(`${line}\n`);
  };
}
