import { create } from 'zustand';
import type { SyncState } from '../../../common/contract';

/** What the UI knows about delivery right now: the engine's state and this session's progress. */
export interface SyncView {
  engine: SyncState | null;
  /** True while the feeder is handing items to the engine. */
  running: boolean;
  /** Where this sync began, for the progress bar: items already delivered before it started. */
  session: { startedAt: number | null; deliveredBefore: number };
  lastEnd: string | null;
}

export const useSyncView = create<SyncView>(() => ({
  engine: null,
  running: false,
  session: { startedAt: null, deliveredBefore: 0 },
  lastEnd: null,
}));

/** Seconds left: the slower of what we measure and what the rate limit allows. */
export function estimateSeconds(remaining: number, engine: SyncState | null): number | null {
  if (remaining === 0) return 0;
  if (!engine) return null;
  const rates = [engine.itemsPerSecond, engine.allowedCallsPerSecond ?? Number.POSITIVE_INFINITY].filter(
    (rate) => rate > 0,
  );
  const rate = Math.min(...rates);
  return Number.isFinite(rate) && rate > 0 ? Math.ceil(remaining / rate) : null;
}
