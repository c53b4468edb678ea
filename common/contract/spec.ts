import type { z } from 'zod';

export interface OperationSpec {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** One line for people reading logs and docs. */
  readonly summary: string;
}
