import { create } from 'zustand';
import type { SyncState } from '../../../common/contract';
import { initialAgentView, type AgentView } from '../../../common/outbox/outbox-agent';

/** What the UI knows about delivery right now, as the outbox agent reports it. */
export const useSyncView = create<AgentView>(() => initialAgentView);

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
