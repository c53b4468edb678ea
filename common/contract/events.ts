import type { z } from 'zod';
import type { EventName } from './names';
import { appStatusSchema } from './ops/app';
import { syncStateSchema } from './ops/sync';
import { UpdateStatusSchema } from './ops/updates';

/** Events main pushes to the renderer: connectivity, and the sync engine's state (pauses, throughput for estimates). */
export const events = {
  'app.status': appStatusSchema,
  'sync.state': syncStateSchema,
  'updates.status': UpdateStatusSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
