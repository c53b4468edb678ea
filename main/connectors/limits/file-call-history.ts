import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { CallHistory } from './rate-limiter';

const historySchema = z.array(z.number());

/**
 * A limiter's recent calls in a small file, so that an app restarted in the
 * middle of a sync does not spend a key's minute twice. Writes are coalesced to
 * one per second; a damaged or missing file simply means "no recent calls".
 */
export class FileCallHistory implements CallHistory {
  private pending: readonly number[] | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly filePath: string) {}

  load(): readonly number[] {
    try {
      const parsed = historySchema.safeParse(JSON.parse(readFileSync(this.filePath, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  save(finishedAt: readonly number[]): void {
    this.pending = finishedAt;
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), 1_000);
    this.timer.unref?.();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const finishedAt = this.pending;
    this.pending = undefined;
    if (!finishedAt) return;
    try {
      mkdirSync(dirname(this.filePath), { recursive: true });
      const temporary = `${this.filePath}.tmp`;
      writeFileSync(temporary, JSON.stringify(finishedAt));
      renameSync(temporary, this.filePath);
    } catch {
      // Losing this file costs at most one server window of 429s after a restart; never a reason to fail a call.
    }
  }
}
