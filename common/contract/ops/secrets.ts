import { z } from 'zod';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

export const keychainStatusSchema = z.object({
  /**
   * system: the OS keychain. session: the kernel keyring, until the computer
   * restarts (the user agreed). unavailable: nowhere yet. test-file: the browser
   * test host's file, never used by the app.
   */
  store: z.enum(['system', 'session', 'unavailable', 'test-file']),
  reason: z.string().optional(),
  canUseSession: z.boolean(),
});
export type KeychainStatus = z.infer<typeof keychainStatusSchema>;

export const secretOperations = {
  'secrets.status': { input: noInput, output: keychainStatusSchema, summary: 'Where API keys and passwords are kept' },
  'secrets.useSessionStore': {
    input: noInput,
    output: keychainStatusSchema,
    summary: 'Keep secrets in the session keyring until restart (the user agreed)',
  },
} as const satisfies Record<string, OperationSpec>;
