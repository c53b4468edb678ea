import { z } from 'zod';
import { DatacenterSchema } from './datacenters';
import { defineMessages, PhraseSchema } from '../i18n/phrase';
import { checkMessage } from '../zod-words';

/** What the checks below tell a person who typed something else (said in their language by issueSaid). */
const checks = defineMessages({
  httpsAddress: {
    id: 'accounts.check.httpsAddress',
    defaultMessage: 'Must be an https:// address (no user name, password or query in it)',
  },
  pemCertificate: { id: 'accounts.check.pemCertificate', defaultMessage: 'Must be a PEM certificate' },
  userIdNumber: { id: 'accounts.check.userIdNumber', defaultMessage: 'User ID is a number' },
  qmobInstance: {
    id: 'accounts.check.qmobInstance',
    defaultMessage: 'Instance is the first word of the dashboard address',
  },
});

/**
 * Account metadata: everything about an account except its secret. This is what
 * is persisted in the accounts file and what the renderer may see; the API key and
 * the QMob password live only in main's secret store ("keyStored"/"passwordStored"
 * say whether one is there).
 */

/** Only https:// base URLs are accepted: the transport refuses anything else anyway. */
export const HttpsUrlSchema = z
  .string()
  .trim()
  .max(2048)
  // A regex rather than URL(): common/ is environment-free. Host[:port][/path], no credentials, no query.
  .regex(/^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[^\s?#@]*)?$/, checkMessage(checks.httpsAddress));

/** PEM text of an extra certificate authority to trust for one account (the Practice sandbox's). */
export const CaPemSchema = z
  .string()
  .max(64 * 1024)
  .refine((v) => v.includes('-----BEGIN CERTIFICATE-----'), checkMessage(checks.pemCertificate));

export const AccountIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
export type AccountId = z.infer<typeof AccountIdSchema>;

const LabelSchema = z.string().trim().min(1).max(100);

/** Where a QuestionPro account lives: a known datacenter or a custom URL (e.g. the sandbox). */
export const QuestionProLocationSchema = z.union([
  z.object({ datacenter: DatacenterSchema }).strict(),
  z.object({ customBaseUrl: HttpsUrlSchema }).strict(),
]);
export type QuestionProLocation = z.infer<typeof QuestionProLocationSchema>;

export const QuestionProAccountSchema = z.object({
  kind: z.literal('questionpro'),
  id: AccountIdSchema,
  label: LabelSchema,
  location: QuestionProLocationSchema,
  userId: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[0-9]+$/, checkMessage(checks.userIdNumber)),
  /** A Practice account points at the sandbox; the UI marks everything sent there as practice. */
  practice: z.boolean(),
  extraCaPem: CaPemSchema.optional(),
  keyStored: z.boolean(),
});
export type QuestionProAccount = z.infer<typeof QuestionProAccountSchema>;

/** QMob instance names become a host label (<instance>.myqmob.com), so keep them to DNS characters. */
export const QmobInstanceSchema = z
  .string()
  .trim()
  .min(1)
  .max(63)
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, checkMessage(checks.qmobInstance));

export const QmobLocationSchema = z.union([
  z.object({ instance: QmobInstanceSchema }).strict(),
  z.object({ customBaseUrl: HttpsUrlSchema }).strict(),
]);
export type QmobLocation = z.infer<typeof QmobLocationSchema>;

export const QmobAccountSchema = z.object({
  kind: z.literal('qmob'),
  id: AccountIdSchema,
  label: LabelSchema,
  location: QmobLocationSchema,
  /** Case-sensitive, as the QMob docs warn. */
  project: z.string().trim().min(1).max(200),
  userName: z.string().trim().min(1).max(200),
  companyId: z.string().trim().min(1).max(100).optional(),
  /** QMob POSTs the final import result here; QMob allows http or https for it. */
  callbackUrl: z.string().trim().url().max(2048).optional(),
  practice: z.boolean(),
  extraCaPem: CaPemSchema.optional(),
  passwordStored: z.boolean(),
});
export type QmobAccount = z.infer<typeof QmobAccountSchema>;

export const AccountSchema = z.discriminatedUnion('kind', [QuestionProAccountSchema, QmobAccountSchema]);
export type Account = z.infer<typeof AccountSchema>;

/** What the renderer sends to add a QuestionPro account; the key travels once, to main. */
export const QuestionProAccountDraftSchema = QuestionProAccountSchema.omit({
  id: true,
  keyStored: true,
  kind: true,
}).extend({
  apiKey: z.string().trim().min(1).max(500),
});
export type QuestionProAccountDraft = z.infer<typeof QuestionProAccountDraftSchema>;

/** Edits: every field optional; an absent apiKey keeps the stored one. */
export const QuestionProAccountPatchSchema = QuestionProAccountDraftSchema.partial().extend({
  extraCaPem: CaPemSchema.nullable().optional(),
});
export type QuestionProAccountPatch = z.infer<typeof QuestionProAccountPatchSchema>;

export const QmobAccountDraftSchema = QmobAccountSchema.omit({ id: true, passwordStored: true, kind: true }).extend({
  password: z.string().min(1).max(500),
});
export type QmobAccountDraft = z.infer<typeof QmobAccountDraftSchema>;

/** Edits: null clears an optional field, absent leaves it; an absent password keeps the stored one. */
export const QmobAccountPatchSchema = QmobAccountDraftSchema.partial().extend({
  companyId: z.string().trim().min(1).max(100).nullable().optional(),
  callbackUrl: z.string().trim().url().max(2048).nullable().optional(),
  extraCaPem: CaPemSchema.nullable().optional(),
});
export type QmobAccountPatch = z.infer<typeof QmobAccountPatchSchema>;

/** The outcome of "Test connection", in the catalogue's words. */
export const ConnectionTestResultSchema = z.object({
  accountId: AccountIdSchema,
  /** One sentence for the field worker, e.g. "Connected: 12 surveys visible." */
  summary: z.string(),
  /** The same sentence as a phrase, said in the interface's language. */
  words: PhraseSchema.optional(),
  surveyCount: z.number().int().nonnegative().optional(),
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;
