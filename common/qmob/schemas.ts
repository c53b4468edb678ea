import { z } from 'zod';

/** QMob answers every valid request with this body (HTTP 200), success or not. */
export const qmobStatusBodySchema = z.object({
  status: z.enum(['ok', 'error']),
  message: z.string(),
  id: z.string().optional(),
});
export type QmobStatusBody = z.infer<typeof qmobStatusBodySchema>;

/** The JSON POSTed to callback_url: {"status":"", "message":"", "id":""}. */
export const qmobCallbackBodySchema = z.object({
  status: z.enum(['ok', 'error']),
  message: z.string(),
  id: z.string(),
});
export type QmobCallbackBody = z.infer<typeof qmobCallbackBodySchema>;

/** One respondent as Outpost sends it to add_respondent: the outbox's payload and the client's request. */
export const qmobRespondentSchema = z.object({
  username: z.string(),
  phonenumber: z.string().optional(),
  email: z.string().optional(),
  sample_fields: z.array(z.object({ alias: z.string(), value: z.string() })).optional(),
});
export type QmobRespondent = z.infer<typeof qmobRespondentSchema>;

/** The seed says "true/false"; its template shows strings, so both forms are accepted. */
const flagSchema = z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]);
const idSchema = z.union([z.string().min(1), z.int().transform(String)]);

/** Per-respondent fields stay loose here: their rules produce specific messages, checked one by one. */
const respondentInputSchema = z.object({
  username: z.unknown().optional(),
  phonenumber: z.unknown().optional(),
  email: z.unknown().optional(),
  sample_fields: z
    .array(z.object({ alias: z.string(), value: z.union([z.string(), z.number(), z.null()]) }))
    .optional(),
});
export type QmobRespondentInput = z.infer<typeof respondentInputSchema>;

export const qmobAddRespondentsJsonSchema = z.object({
  no_password: flagSchema,
  group_id: idSchema,
  company_id: idSchema.optional(),
  overwrite: flagSchema,
  respondents: z.array(respondentInputSchema),
});
export type QmobAddRespondentsJson = z.infer<typeof qmobAddRespondentsJsonSchema>;

/** copy_respondents_to_list and remove_respondents_from_list share this format. */
export const qmobListMembershipJsonSchema = z.object({
  group_id: idSchema.optional(),
  company_id: idSchema.optional(),
  respondents: z.array(z.object({ username: z.unknown().optional() })).optional(),
});
export type QmobListMembershipJson = z.infer<typeof qmobListMembershipJsonSchema>;
