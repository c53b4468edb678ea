import { z } from 'zod';

/**
 * Where an outbox item stands. `import-started` exists because QMob reports the
 * final result of add_respondent only to a callback URL.
 */
export const outboxStates = ['queued', 'sending', 'delivered', 'retry-wait', 'needs-attention', 'import-started'] as const;
export const outboxStateSchema = z.enum(outboxStates);
export type OutboxState = z.infer<typeof outboxStateSchema>;

export const outboxServiceSchema = z.enum(['questionpro', 'qmob']);
export type OutboxService = z.infer<typeof outboxServiceSchema>;

/** States that still need work from the engine or from the user: the status bar counts these. */
export const pendingStates: readonly OutboxState[] = ['queued', 'sending', 'retry-wait', 'import-started'];
