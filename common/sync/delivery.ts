import { z } from 'zod';
import { ServiceErrorSchema } from '../errors/service-error';
import { outboxItemSchema, type OutboxItem } from '../outbox/outbox-item';

/** What the outbox hands the engine: the item, and whether an earlier attempt may already have reached the server. */
export const deliveryRequestSchema = z.object({
  item: outboxItemSchema,
  /** True after an attempt whose outcome is unknown (timeout, reset after sending, a crash while sending). */
  mayExist: z.boolean(),
  /**
   * A delivered item due for its verification: look it up and remove copies
   * (nothing is sent). See common/outbox/verification.ts.
   */
  verify: z.boolean().optional(),
});
export type DeliveryRequest = z.infer<typeof deliveryRequestSchema>;

export const notSentReasons = ['paused', 'account-paused', 'offline', 'busy'] as const;
export type NotSentReason = (typeof notSentReasons)[number];

/** What the engine reports back for one item. */
export const deliveryOutcomeSchema = z.discriminatedUnion('result', [
  z.object({
    result: z.literal('delivered'),
    itemId: z.string(),
    at: z.number(),
    serverId: z.string(),
    /** After an unknown outcome on the way: when to look on the server again for a late copy. */
    verifyAt: z.number().optional(),
    /** The server's own words of acceptance, where it says any (QMob does). */
    serverMessage: z.string().optional(),
  }),
  /** An earlier attempt had in fact reached the server: its response is adopted, nothing is sent again. */
  z.object({
    result: z.literal('adopted'),
    itemId: z.string(),
    at: z.number(),
    serverId: z.string(),
    verifyAt: z.number().optional(),
  }),
  /**
   * A verification of a delivered item. `check` is what the look-up found (the
   * response kept, the copies removed), null when it could not be made; the item
   * is looked at again at `nextCheckAt`, or never when null.
   */
  z.object({
    result: z.literal('verified'),
    itemId: z.string(),
    at: z.number(),
    check: z.object({ serverId: z.string(), removed: z.array(z.string()) }).nullable(),
    nextCheckAt: z.number().nullable(),
    error: ServiceErrorSchema.optional(),
  }),
  /** QMob accepted an asynchronous import; its final word goes to the callback URL. */
  z.object({
    result: z.literal('import-started'),
    itemId: z.string(),
    at: z.number(),
    serverId: z.string().nullable(),
    serverMessage: z.string().optional(),
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
