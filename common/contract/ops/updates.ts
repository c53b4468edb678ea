import { z } from 'zod';
import { PhraseSchema } from '../../i18n/phrase';
import type { OperationSpec } from '../spec';
import { noInput } from './app';

/** Who turned updates off, when they are off. */
export const UpdatesOffReasonSchema = z.enum([
  /** OUTPOST_DISABLE_UPDATES in the environment. */
  'environment',
  /** HKLM\SOFTWARE\Policies\Outpost DisableUpdates = 1 (Group Policy, Intune). */
  'windows-policy',
  /** DisableUpdates in the org.outpost.desktop managed preferences (a configuration profile). */
  'macos-policy',
  /** Installed per machine (the MSI): IT deploys new versions. */
  'managed-install',
  /** This build was made without an update address. */
  'not-configured',
  /** Not an installed app (development, the browser test host). */
  'not-installed',
]);
export type UpdatesOffReason = z.infer<typeof UpdatesOffReasonSchema>;

/** Why a ready update is not installed right now. */
export const InstallBlockerSchema = z.enum(['draft-open', 'delivery-running']);
export type InstallBlocker = z.infer<typeof InstallBlockerSchema>;

export const UpdateStatusSchema = z.object({
  enabled: z.boolean(),
  offReason: UpdatesOffReasonSchema.nullable(),
  state: z.enum(['off', 'idle', 'checking', 'up-to-date', 'downloading', 'ready', 'failed']),
  /** The version being downloaded or ready to install. */
  version: z.string().nullable(),
  /** Download progress, 0–100, while downloading. */
  percent: z.number().min(0).max(100).nullable(),
  /** What stops a ready update from being installed now. */
  blockers: z.array(InstallBlockerSchema),
  /** A readable sentence when the last check or download failed. */
  problem: z.string().nullable(),
  /** The same sentence as a phrase, said in the interface's language. */
  problemWords: PhraseSchema.nullable().optional(),
});
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>;

export const updateOperations = {
  'updates.status': { input: noInput, output: UpdateStatusSchema, summary: 'Whether updates are on, and their state' },
  'updates.check': { input: noInput, output: UpdateStatusSchema, summary: 'Look for a new version now' },
  'updates.install': {
    input: noInput,
    output: UpdateStatusSchema,
    summary: 'Restart into the downloaded version (the user agreed); refused while a draft or delivery is open',
  },
  'app.activity': {
    input: z.object({ draftOpen: z.boolean() }).strict(),
    output: z.null(),
    summary: 'Tells main whether an interview draft is open, so an update never restarts over it',
  },
} as const satisfies Record<string, OperationSpec>;
