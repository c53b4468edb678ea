import { parseArgs } from 'node:util';
import { z } from 'zod';
import { issuesInWords } from '../common/zod-words';
import type { SandboxOptions } from './options';

/** Flags of `npm run sandbox -- …`; names match issue 4, extras after the documented ones. */
const flagSpec = {
  port: { type: 'string' },
  'latency-ms': { type: 'string' },
  'jitter-ms': { type: 'string' },
  'fail-rate': { type: 'string' },
  'reset-rate': { type: 'string' },
  'hang-rate': { type: 'string' },
  'drop-after-store-rate': { type: 'string' },
  'hold-rate': { type: 'string' },
  'hold-ms': { type: 'string' },
  'stall-rate': { type: 'string' },
  'rate-limit': { type: 'string' },
  seed: { type: 'string' },
  'burst-429-rate': { type: 'string' },
  'burst-429-length': { type: 'string' },
  'literal-error-rate': { type: 'string' },
  'plain-http-port': { type: 'string' },
  'data-dir': { type: 'string' },
  'tls-name': { type: 'string' },
} as const;

const numberText = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a non-negative number')
  .transform(Number);
const rateLimitText = z
  .string()
  .regex(/^\d+\/\d+(\.\d+)?$/, 'expected CALLS/SECONDS, e.g. 300/60')
  .transform((text) => {
    const [calls, seconds] = text.split('/').map(Number);
    return { calls: calls ?? 0, seconds: seconds ?? 0 };
  });

const flagsSchema = z.strictObject({
  port: numberText.optional(),
  'latency-ms': numberText.optional(),
  'jitter-ms': numberText.optional(),
  'fail-rate': numberText.optional(),
  'reset-rate': numberText.optional(),
  'hang-rate': numberText.optional(),
  'drop-after-store-rate': numberText.optional(),
  'hold-rate': numberText.optional(),
  'hold-ms': numberText.optional(),
  'stall-rate': numberText.optional(),
  'rate-limit': rateLimitText.optional(),
  seed: numberText.optional(),
  'burst-429-rate': numberText.optional(),
  'burst-429-length': numberText.optional(),
  'literal-error-rate': numberText.optional(),
  'plain-http-port': numberText.optional(),
  'data-dir': z.string().optional(),
  'tls-name': z.string().optional(),
});

/** Turns argv into SandboxOptions; throws with a readable message on bad flags. */
export function parseSandboxArgs(argv: readonly string[]): SandboxOptions {
  const { values } = parseArgs({ args: [...argv], options: flagSpec, strict: true, allowPositionals: false });
  const parsed = flagsSchema.safeParse(values);
  if (!parsed.success) throw new Error(issuesInWords(parsed.error, 'options').join('; '));
  const flags = parsed.data;
  const options: SandboxOptions = {
    port: flags.port,
    latencyMs: flags['latency-ms'],
    jitterMs: flags['jitter-ms'],
    failRate: flags['fail-rate'],
    resetRate: flags['reset-rate'],
    hangRate: flags['hang-rate'],
    dropAfterStoreRate: flags['drop-after-store-rate'],
    holdRate: flags['hold-rate'],
    holdMs: flags['hold-ms'],
    stallRate: flags['stall-rate'],
    rateLimit: flags['rate-limit'],
    seed: flags.seed,
    burst429Rate: flags['burst-429-rate'],
    burst429Length: flags['burst-429-length'],
    literalErrorBodyRate: flags['literal-error-rate'],
    plainHttpPort: flags['plain-http-port'],
    dataDir: flags['data-dir'],
    tlsNames: flags['tls-name'] === undefined ? undefined : [flags['tls-name']],
  };
  // Absent flags stay absent, so the option defaults apply.
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as SandboxOptions;
}
