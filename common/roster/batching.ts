/** How many respondents one add_respondent call carries unless the user says otherwise. */
export const DEFAULT_ADD_BATCH_SIZE = 500;
/** Bounds for the setting: a batch of one is valid; very large batches make a refusal costly to fix. */
export const MIN_ADD_BATCH_SIZE = 1;
export const MAX_ADD_BATCH_SIZE = 5000;

export function clampBatchSize(size: number): number {
  if (!Number.isFinite(size)) return DEFAULT_ADD_BATCH_SIZE;
  return Math.min(MAX_ADD_BATCH_SIZE, Math.max(MIN_ADD_BATCH_SIZE, Math.floor(size)));
}

/** Splits items into consecutive batches of at most `size`, keeping their order. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const step = clampBatchSize(size);
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += step) batches.push(items.slice(start, start + step));
  return batches;
}
