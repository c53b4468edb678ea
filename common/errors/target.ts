import { z } from 'zod';

/**
 * What a server message points at, parsed out of its text, so the UI can put the
 * problem next to the respondent, field or list concerned.
 */
export const ErrorTargetSchema = z.object({
  respondents: z.array(z.string()).optional(),
  sampleField: z.string().optional(),
  listId: z.string().optional(),
  maximum: z.number().int().nonnegative().optional(),
  imported: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional(),
  /** Extra detail the server appended (QMob's "<exception details>"). */
  detail: z.string().optional(),
});
export type ErrorTarget = z.infer<typeof ErrorTargetSchema>;

/** Parses "r1,r2, r3" (with or without brackets/parentheses) into usernames; ellipses are dropped. */
export function parseRespondentList(text: string): string[] {
  return text
    .replace(/^[[(]\s*/, '')
    .replace(/\s*[\])]$/, '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '…' && s !== '...');
}
