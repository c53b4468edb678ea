import type { z } from 'zod';

/**
 * The one way zod's issues become words: "field.path: message" for each, with
 * `whole` naming the input itself when the issue is about all of it. At most
 * `limit` issues, so a bad file does not produce a page of them.
 */
export function issuesInWords(error: z.ZodError, whole = '(input)', limit = Number.POSITIVE_INFINITY): string[] {
  return error.issues.slice(0, limit).map((issue) => `${issue.path.map(String).join('.') || whole}: ${issue.message}`);
}
