import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { CallHistory, RememberedCall } from './rate-limiter';

const rememberedSchema = z.array(
  z.union([
    z.object({ startedAt: z.number(), finishedAt: z.number().nullable() }),
    // Files written before calls were recorded ahead held finish times only.
    z.number().transform((finishedAt) => ({ startedAt: finishedAt, finishedAt })),
  ]),
);

/**
 * A limiter's recent calls in a small file, so that an app restarted in the
 * middle of a sync does not spend a key's minute twice. A call is written before
 * it is sent (synchronously: a kill right after cannot lose it); finishes are
 * coalesced to one write per second and flushed on shutdown. A damaged or
 * missing file simply means "no recent calls".
 */
export class FileCallHistory implements CallHistory {
  private pending: readonly RememberedCall[] | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly filePath: string) {}

  load(): readonly RememberedCall[] {
    try {
      const parsed = rememberedSchema.safeParse(JSON.parse(readFileSync(this.filePath, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  writeAhead(calls: readonly RememberedCall[]): void {
    this.pending = calls;
    this.flush();
  }

  save(calls: readonly RememberedCall[]): void {
    this.pending = calls;
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), 1_000);
    this.timer.unref?.();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const calls = this.pending;
    this.pending = undefined;
    if (!calls) return;
    try {
      mkdirSync(dirname(this.filePath), { recursive: true });
      const temporary = `${this.filePath}.tmp`;
      writeFileSync(temporary, JSON.stringify(calls));
      renameSync(temporary, this.filePath);
    } catch {
      // Losing this file costs at most one server window of 429s after a restart; never a reason to fail a call.
    }
  }
}
