import { z } from 'zod';
import { ServiceErrorSchema } from '../../errors/service-error';
import { deliveryOutcomeSchema, deliveryRequestSchema } from '../../sync/delivery';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

export const syncStateSchema = z.object({
  /** The user paused sending. */
  paused: z.boolean(),
  online: z.boolean(),
  /** Accounts whose credentials the server refused: nothing is sent for them until they are fixed. */
  pausedAccounts: z.array(z.object({ accountId: z.string(), error: ServiceErrorSchema })),
  inFlight: z.number().int().nonnegative(),
  itemsPerSecond: z.number().nonnegative(),
  /** The strictest rate limit in force, for estimates; null when none applies. */
  allowedCallsPerSecond: z.number().positive().nullable(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export const syncOperations = {
  'sync.deliver': { input: deliveryRequestSchema, output: deliveryOutcomeSchema, summary: 'Deliver one outbox item' },
  'sync.state': {
    input: noInput,
    output: syncStateSchema,
    summary: 'Whether sending is paused, online, and for which accounts',
  },
  'sync.pause': { input: noInput, output: syncStateSchema, summary: 'Stop sending until resumed' },
  'sync.resume': {
    input: z.object({ accountId: z.string().optional() }).strict(),
    output: syncStateSchema,
    summary: 'Resume sending, for all or for one account',
  },
} as const satisfies Record<string, OperationSpec>;
