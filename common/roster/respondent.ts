import { z } from 'zod';
import { defineMessages, said, saySentence, type PhraseIntl } from '../i18n/phrase';

/**
 * A respondent as the field worker enters or imports it, before any rule has
 * looked at it. Every value is text, as it comes from a form or a CSV cell;
 * QMob's rules (respondent-rules.ts) decide what is acceptable.
 */
export const respondentDraftSchema = z.object({
  username: z.string(),
  phonenumber: z.string(),
  email: z.string(),
  /** Sample field values by alias; absent aliases were not given. */
  sampleFields: z.record(z.string(), z.string()),
});
export type RespondentDraft = z.infer<typeof respondentDraftSchema>;

/** How the account's QMob company configures one custom sample field. */
export const sampleFieldConfigSchema = z.object({
  alias: z.string().trim().min(1).max(100),
  type: z.enum(['text', 'integer']),
  required: z.boolean(),
});
export type SampleFieldConfig = z.infer<typeof sampleFieldConfigSchema>;

export const sampleFieldConfigListSchema = z.array(sampleFieldConfigSchema);

/** The fields every respondent has, in the order QMob's JSON lists them. */
export const respondentCoreFields = ['username', 'phonenumber', 'email'] as const;
export type RespondentCoreField = (typeof respondentCoreFields)[number];

const coreFieldWords = defineMessages({
  username: { id: 'roster.column.username', defaultMessage: 'Username' },
  phonenumber: { id: 'roster.column.phonenumber', defaultMessage: 'Phone number' },
  email: { id: 'roster.column.email', defaultMessage: 'E-mail' },
});

/** A core field's name as the mapping step and the problems report show it, in the language of `intl`. */
export const coreFieldLabel = (intl: PhraseIntl, field: RespondentCoreField): string =>
  saySentence(intl, said(coreFieldWords[field]));

/** Trims what people type or paste; QMob compares trimmed values too. */
export function normaliseDraft(draft: RespondentDraft): RespondentDraft {
  const sampleFields: Record<string, string> = {};
  for (const [alias, value] of Object.entries(draft.sampleFields)) sampleFields[alias] = value.trim();
  return {
    username: draft.username.trim(),
    phonenumber: draft.phonenumber.trim(),
    email: draft.email.trim(),
    sampleFields,
  };
}

/**
 * A respondent's local key. QMob usernames are unique per instance, so the pair
 * (account, username) is the identity; making it the primary key lets IndexedDB
 * enforce that uniqueness and keeps keys sorted by username within an account.
 * ':' occurs neither in account ids nor in valid usernames.
 */
export const respondentKey = (accountId: string, username: string): string => `${accountId}:${username}`;

/** A membership's key: one row per (list, respondent), so re-adding is harmless. */
export const membershipKey = (listId: string, respondentId: string): string => `${listId}|${respondentId}`;
