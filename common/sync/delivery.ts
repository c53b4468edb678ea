import { z } from 'zod';
import { ServiceErrorSchema } from '../errors/service-error';
import { outboxItemSchema, type OutboxItem } from '../outbox/outbox-item';

/** What the outbox hands the engine: the item, and whether an earlier attempt may already have reached the server. */
export const deliveryRequestSchema = z.object({
  item: outboxItemSchema,
  /** True after an attempt whose outcome is unknown (timeout, reset after sending, a crash while sending). */
  mayExist: z.boolean(),
});
export type DeliveryRequest = z.infer<typeof deliveryRequestSchema>;

export const notSentReasons = ['paused', 'account-paused', 'offline', 'busy'] as const;
export type NotSentReason = (typeof notSentReasons)[number];

/** What the engine reports back for one item. */
export const deliveryOutcomeSchema = z.discriminatedUnion('result', [
  z.object({ result: z.literal('delivered'), itemId: z.string(), at: z.number(), serverId: z.string() }),
  /** An earlier attempt had in fact reached the server: its response is adopted, nothing is sent again. */
  z.object({ result: z.literal('adopted'), itemId: z.string(), at: z.number(), serverId: z.string() }),
  /** QMob accepted an asynchronous import; its final word goes to the callback URL. */
  z.object({
    result: z.literal('import-started'),
    itemId: z.string(),
    at: z.number(),
    serverId: z.string().nullable(),
  }),
  z.object({
    result: z.literal('retry'),
    itemId: z.string(),
    at: z.number(),
    retryAt: z.number(),
    error: ServiceErrorSchema,
    /** The request may have reached the server: the next attempt looks it up first. */
    outcomeUnknown: z.boolean(),
  }),
  z.object({ result: z.literal('needs-attention'), itemId: z.string(), at: z.number(), error: ServiceErrorSchema }),
  /** Nothing was sent (paused, offline, credentials refused for the account): the item goes back as it was. */
  z.object({
    result: z.literal('not-sent'),
    itemId: z.string(),
    at: z.number(),
    reason: z.enum(notSentReasons),
    error: ServiceErrorSchema.optional(),
  }),
]);
export type DeliveryOutcome = z.infer<typeof deliveryOutcomeSchema>;

/** Whether an item's next attempt must first look for an earlier one on the server. */
export function mayAlreadyExist(item: OutboxItem, stateBeforePickup: OutboxItem['state']): boolean {
  return stateBeforePickup === 'sending' || item.attempts.some((attempt) => attempt.outcome === 'unknown');
}
