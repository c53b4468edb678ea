import { z } from 'zod';
import { defineMessages } from '../../../common/i18n/phrase';
import { checkMessage } from '../../../common/zod-words';

/**
 * What the roster keeps in IndexedDB. Schemas double as the check on rows read
 * back where the shape matters (settings, imports); Dexie tables are typed with
 * the inferred types.
 */

/** What the list's checks tell a person who typed something else (said in their language by issueSaid). */
const checks = defineMessages({
  groupId: { id: 'roster.check.groupId', defaultMessage: 'The QMob list id is a number like 1001.' },
});

/** A QMob respondent list as known locally; `groupId` is the server's list id. */
export const rosterListRowSchema = z.object({
  id: z.string(),
  accountId: z.string().min(1),
  groupId: z
    .string()
    .trim()
    .min(1)
    .regex(/^[0-9A-Za-z_-]+$/, checkMessage(checks.groupId)),
  name: z.string().trim().min(1).max(200),
  preview: z.boolean(),
  /** A preview list's maximum size, when the account's configuration is known. */
  previewMax: z.number().int().positive().nullable(),
  createdAt: z.number(),
});
export type RosterListRow = z.infer<typeof rosterListRowSchema>;

/** One respondent per account and username (see respondentKey). */
export const respondentRowSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  username: z.string(),
  phonenumber: z.string(),
  email: z.string(),
  sampleFields: z.record(z.string(), z.string()),
  updatedAt: z.number(),
});
export type RespondentRow = z.infer<typeof respondentRowSchema>;

/** A respondent in a list. `outboxId` is the add or copy item that tells QMob, null until queued. */
export const membershipRowSchema = z.object({
  id: z.string(),
  listId: z.string(),
  respondentId: z.string(),
  outboxId: z.string().nullable(),
  addedAt: z.number(),
});
export type MembershipRow = z.infer<typeof membershipRowSchema>;
