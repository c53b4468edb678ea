import { z } from 'zod';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

/**
 * The data key that seals respondents' data in the renderer's database. Main
 * keeps it (OS keychain, or wrapped by a passphrase where there is none) and
 * hands it only to our own window: the dispatcher checks the sender first.
 */
export const PASSPHRASE_MIN_LENGTH = 10;

/** Why a new passphrase typed twice cannot be used: one rule for the backup, recovery and vault forms. */
export type NewPassphraseProblem = 'too-short' | 'different';

/** The problem with a new passphrase typed twice, or null; the renderer says it (NewPassphraseFields). */
export function newPassphraseProblem(passphrase: string, repeat: string): NewPassphraseProblem | null {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) return 'too-short';
  if (passphrase !== repeat) return 'different';
  return null;
}

const passphraseSchema = z.string().min(PASSPHRASE_MIN_LENGTH).max(1_000);

export const vaultStateSchema = z.discriminatedUnion('state', [
  /** The key, base64: the renderer can open its data. */
  z.object({ state: z.literal('open'), key: z.string().min(1), keptIn: z.enum(['keychain', 'passphrase']) }),
  /** No keychain keeps secrets across restarts here: a passphrase protects the key (new: none chosen yet). */
  z.object({ state: z.literal('needs-passphrase'), firstRun: z.boolean() }),
  /** The key was made before but the keychain no longer has it: only the recovery file can bring the data back. */
  z.object({ state: z.literal('key-missing') }),
]);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultOperations = {
  'vault.open': { input: noInput, output: vaultStateSchema, summary: 'The data key, or what is needed to get it' },
  'vault.unlock': {
    input: z.object({ passphrase: passphraseSchema }).strict(),
    output: vaultStateSchema,
    summary: 'Open (or, on first run, create) the data key with a passphrase',
  },
  'vault.recoveryFile': {
    input: z.object({ passphrase: passphraseSchema }).strict(),
    output: z.object({ file: z.string() }),
    summary: 'The data key wrapped by a passphrase the user picks, to save somewhere safe',
  },
  'vault.restore': {
    input: z.object({ file: z.string().max(100_000), passphrase: z.string().min(1).max(1_000) }).strict(),
    output: vaultStateSchema,
    summary: 'Bring the data key back from a recovery file',
  },
} as const satisfies Record<string, OperationSpec>;
