import { z } from 'zod';
import type { EventName } from './names';
import { appStatusSchema } from './operations';

export const syncProgressSchema = z.object({
  running: z.boolean(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Seconds left, accounting for rate limits; null when unknown. */
  etaSeconds: z.number().nonnegative().nullable(),
});
export type SyncProgress = z.infer<typeof syncProgressSchema>;

/** Events main pushes to the renderer. */
export const events = {
  'app.status': appStatusSchema,
  'sync.progress': syncProgressSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
