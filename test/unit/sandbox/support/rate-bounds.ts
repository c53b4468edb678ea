import { expect } from 'vitest';

/**
 * Asserts that `count` of `trials` is within 5 standard deviations of the binomial mean for
 * `rate`. With a fixed seed the counts are deterministic anyway; the wide band keeps the check
 * meaningful (a wrong rate falls outside) without depending on the seed chosen.
 */
export function expectAboutRate(count: number, trials: number, rate: number, label: string): void {
  const mean = trials * rate;
  const spread = 5 * Math.sqrt(trials * rate * (1 - rate));
  expect(count, `${label}: ${count} of ${trials}, expected about ${mean.toFixed(1)}`).toBeGreaterThanOrEqual(
    Math.floor(mean - spread),
  );
  expect(count, `${label}: ${count} of ${trials}, expected about ${mean.toFixed(1)}`).toBeLessThanOrEqual(
    Math.ceil(mean + spread),
  );
}
