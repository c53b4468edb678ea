import { z } from 'zod';
import { faultSettingsPatchSchema } from './fault-settings';

const port = z.int().min(0).max(65535);

/** Options of `startSandbox`; every fault knob may also be given here, as its starting value. */
export const sandboxOptionsSchema = faultSettingsPatchSchema.extend({
  /** HTTPS port on 127.0.0.1; 0 picks a free one. */
  port: port.default(0),
  /** Optional plain-HTTP port that answers 403 "Not supported", as QMob does without TLS. */
  plainHttpPort: port.optional(),
  /** Seed of the fault PRNG; random when absent (the chosen value is reported). */
  seed: z.int().min(0).max(0xffffffff).optional(),
  /** Where the CA certificate is written; a fresh temp directory (removed on close) when absent. */
  dataDir: z.string().min(1).optional(),
  /** Fixed credentials (e.g. for a Practice workspace that remembers them); random when absent. */
  apiKey: z.string().min(8).optional(),
  qmobPassword: z.string().min(1).optional(),
  adminToken: z.string().min(8).optional(),
  /**
   * Extra DNS names in the server certificate, for clients that reach the
   * sandbox under a name only a proxy resolves (tests of corporate proxies).
   */
  tlsNames: z.array(z.string().regex(/^[A-Za-z0-9.-]+$/)).default([]),
  /** How long add_respondent waits before running an import, to be visibly asynchronous. */
  importDelayMs: z.number().min(0).default(25),
});

export type SandboxOptions = z.input<typeof sandboxOptionsSchema>;
export type ParsedSandboxOptions = z.output<typeof sandboxOptionsSchema>;
