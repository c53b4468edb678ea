import type { FaultSettings } from './fault-settings';
import type { RandomSource } from './prng';

export type ExclusiveFault = 'none' | 'reset' | 'hang' | 'fail' | 'burst429' | 'dropAfterStore' | 'hold' | 'stall';

export interface FaultDecision {
  readonly delayMs: number;
  readonly fault: ExclusiveFault;
  readonly literalErrorBody: boolean;
}

/**
 * Draws a request's fate. Exactly three numbers are drawn per request, whatever the outcome, so
 * the sequence of fates depends only on the seed and the order requests arrive in, and the
 * count of each fault over N requests does not depend on the order at all.
 */
export function rollFault(settings: FaultSettings, random: RandomSource): FaultDecision {
  const jitterDraw = random();
  const faultDraw = random();
  const literalDraw = random();
  const delayMs = settings.latencyMs + jitterDraw * settings.jitterMs;
  const thresholds: ReadonlyArray<readonly [ExclusiveFault, number]> = [
    ['reset', settings.resetRate],
    ['hang', settings.hangRate],
    ['fail', settings.failRate],
    ['burst429', settings.burst429Rate],
    ['dropAfterStore', settings.dropAfterStoreRate],
    // Added last, so seeds chosen before they existed draw the same fates.
    ['hold', settings.holdRate],
    ['stall', settings.stallRate],
  ];
  let fault: ExclusiveFault = 'none';
  let cumulative = 0;
  for (const [candidate, share] of thresholds) {
    cumulative += share;
    if (faultDraw < cumulative) {
      fault = candidate;
      break;
    }
  }
  return { delayMs, fault, literalErrorBody: literalDraw < settings.literalErrorBodyRate };
}
