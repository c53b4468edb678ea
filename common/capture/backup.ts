import { z } from 'zod';
import { outboxItemSchema } from '../outbox/outbox-item';
import { fail, ok, type Result } from '../result';
import { draftRowSchema, responseRowSchema } from './records';
import { storedSurveySchema } from './legacy';

/**
 * A full backup of everything Outpost keeps. Restore adds only rows whose id is not there
 * yet, so restoring the same file twice creates nothing twice and never rolls back an
 * outbox item that has moved on since (delivered stays delivered).
 */
export const BACKUP_FORMAT = 'outpost.backup';
export const BACKUP_VERSION = 1;

/** Tables other features own: kept whole, checked only for their key. */
const foreignRowSchema = z.looseObject({ id: z.string().min(1) });

export const backupTables = [
  'surveys',
  'drafts',
  'responses',
  'outbox',
  'rosterLists',
  'respondents',
  'memberships',
  'settings',
] as const;
export type BackupTable = (typeof backupTables)[number];

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.int().nonnegative(),
  tables: z.strictObject({
    // Surveys of an older backup are converted, so their drafts keep their answers.
    surveys: z.array(storedSurveySchema),
    drafts: z.array(draftRowSchema),
    responses: z.array(responseRowSchema),
    outbox: z.array(outboxItemSchema),
    rosterLists: z.array(foreignRowSchema),
    respondents: z.array(foreignRowSchema),
    memberships: z.array(foreignRowSchema),
    settings: z.array(foreignRowSchema),
  }),
});
export type Backup = z.infer<typeof backupSchema>;

export function parseBackup(text: string): Result<Backup> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('backup-not-json', 'This file is not an Outpost backup (it is not JSON). Nothing was restored.');
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    return fail(
      'backup-invalid',
      'This file is not a complete Outpost backup of this version. Nothing was restored.',
      parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    );
  }
  return ok(parsed.data);
}
