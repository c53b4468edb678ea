import { z } from 'zod';
import { outboxItemSchema } from '../outbox/outbox-item';
import { defineMessages, said, type Said } from '../i18n/phrase';
import { failSaying, ok, type Result } from '../result';
import { migrateBackupDocument } from './backup-migrations';
import { draftRowSchema, responseRowSchema } from './records';
import { storedSurveySchema } from './legacy';
import { issuesInWords } from '../zod-words';

/**
 * A full backup of everything Outpost keeps. Restore adds only rows whose id is not there
 * yet, so restoring the same file twice creates nothing twice and never rolls back an
 * outbox item that has moved on since (delivered stays delivered).
 */
export const BACKUP_FORMAT = 'outpost.backup';
/** Raise it with a step in backup-migrations.ts whenever what a backup holds changes. */
export const BACKUP_VERSION = 2;

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

/** Why a file is not restored, and what a restore did: said in the interface's language where shown. */
const words = defineMessages({
  tooLarge: {
    id: 'error.backup-too-large',
    defaultMessage: 'This file is too large to be an Outpost backup. Nothing was restored.',
  },
  notJson: {
    id: 'capture.restore.refusal.notJson',
    defaultMessage: 'This file is not an Outpost backup (it is not JSON). Nothing was restored.',
  },
  notBackup: {
    id: 'capture.restore.refusal.notBackup',
    defaultMessage: 'This file is not an Outpost backup. Nothing was restored.',
  },
  damaged: {
    id: 'capture.restore.refusal.damaged',
    defaultMessage:
      'This file is not a complete Outpost backup: part of it is damaged or missing. Nothing was restored.',
  },
  restored: {
    id: 'capture.restore.restored',
    defaultMessage:
      'Restored {surveys, plural, one {# survey version} other {# survey versions}}, {drafts, plural, one {# draft} other {# drafts}}, {responses, plural, one {# response} other {# responses}}, {outbox, plural, one {# outbox item} other {# outbox items}}, {rosterLists, plural, one {# roster list} other {# roster lists}}, {respondents, plural, one {# respondent} other {# respondents}}, {memberships, plural, one {# list membership} other {# list memberships}} and {settings, plural, one {# setting} other {# settings}} that were missing.',
  },
});

/** A file too large to be read whole is refused before it is read (its size alone says so). */
export const backupTooLarge = (): Result<never> => failSaying('backup-too-large', said(words.tooLarge));

export function parseBackup(text: string): Result<Backup> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failSaying('backup-not-json', said(words.notJson));
  }
  return backupFromDocument(data);
}

/**
 * A backup document of any version Outpost ever wrote, migrated to this one and
 * checked whole. Pure: whatever wraps the document (an encrypted envelope) is
 * opened before this.
 */
export function backupFromDocument(data: unknown): Result<Backup> {
  const format = z.looseObject({ format: z.literal(BACKUP_FORMAT) }).safeParse(data);
  if (!format.success) return failSaying('backup-invalid', said(words.notBackup));
  const migrated = migrateBackupDocument(data, BACKUP_VERSION);
  if (!migrated.ok) return migrated;
  const parsed = backupSchema.safeParse(migrated.value.document);
  if (!parsed.success) {
    // The details name the fields for support, in zod's words; the sentence is what a person reads.
    return failSaying('backup-invalid', said(words.damaged), { details: issuesInWords(parsed.error, 'backup', 5) });
  }
  return ok(parsed.data);
}

/** What a restore says it did, naming every kind of thing it restored (said where it is shown). */
export function restoredSentence(counts: Readonly<Record<BackupTable, number>>): Said {
  return said(words.restored, { ...counts });
}
