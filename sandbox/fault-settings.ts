import { z } from 'zod';

import { qmobFailureStages } from './services/qmob/storage-failures';
import { QUESTIONPRO_DOCUMENTED_LIMIT, rateLimitSchema } from './services/rate-limiter';

export type { QmobFailureStage } from './services/qmob/storage-failures';
export type { RateLimit } from './services/rate-limiter';

const rate = z.number().min(0).max(1);

/** Every fault knob; all of them can be changed while the sandbox runs. */
export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().min(0),
  jitterMs: z.number().min(0),
  /** Share of requests answered HTTP 500 (QuestionPro: error 1026). */
  failRate: rate,
  /** Share of requests whose connection is destroyed before any answer. */
  resetRate: rate,
  /** Share of requests never answered (until the client gives up or the sandbox closes). */
  hangRate: rate,
  /** Share of storing requests that store, then drop the connection before answering. */
  dropAfterStoreRate: rate,
  /**
   * Share of requests held `holdMs` before they reach the service, as a relay's
   * queue might: the request is handled then (and a create stored) whether or not
   * the client is still waiting for it.
   */
  holdRate: rate,
  holdMs: z.number().min(0),
  /** Share of requests whose answer stalls after its headers and part of the body (a create is stored first). */
  stallRate: rate,
  /** Share of QuestionPro requests that start a burst of 429 answers. */
  burst429Rate: rate,
  /** Length of each 429 burst, in requests (the starting request included). */
  burst429Length: z.int().positive(),
  /** Share of QuestionPro error answers sent in the seed's literal, not-quite-JSON form. */
  literalErrorBodyRate: rate,
  rateLimit: rateLimitSchema,
  /** A QMob storage failure injected at a stage, until cleared with null. */
  qmobFailure: z.enum(qmobFailureStages).nullable(),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** Partial update, as accepted by `setFaults` and `POST /_sandbox/faults`. */
export const faultSettingsPatchSchema = faultSettingsSchema.partial();
export type FaultSettingsPatch = z.infer<typeof faultSettingsPatchSchema>;

export const defaultFaultSettings: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  failRate: 0,
  resetRate: 0,
  hangRate: 0,
  dropAfterStoreRate: 0,
  holdRate: 0,
  holdMs: 70_000,
  stallRate: 0,
  burst429Rate: 0,
  burst429Length: 5,
  literalErrorBodyRate: 0,
  rateLimit: QUESTIONPRO_DOCUMENTED_LIMIT,
  qmobFailure: null,
};

/** The exclusive per-request faults are drawn from one roll, so their rates must fit in 1. */
export function exclusiveFaultRateTotal(settings: FaultSettings): number {
  return (
    settings.failRate +
    settings.resetRate +
    settings.hangRate +
    settings.dropAfterStoreRate +
    settings.burst429Rate +
    settings.holdRate +
    settings.stallRate
  );
}

export function applyFaultPatch(current: FaultSettings, patch: FaultSettingsPatch): FaultSettings {
  const merged = faultSettingsSchema.parse({ ...current, ...patch });
  if (exclusiveFaultRateTotal(merged) > 1) {
    throw new RangeError(
      'failRate + resetRate + hangRate + dropAfterStoreRate + burst429Rate + holdRate + stallRate must not exceed 1',
    );
  }
  return merged;
}
