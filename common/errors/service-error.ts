import { z } from 'zod';
import { ErrorWordsSchema } from '../i18n/phrase';
import type { AppError } from '../result';
import { ErrorKindSchema, ServiceNameSchema } from './kinds';
import { ErrorTargetSchema } from './target';

/**
 * The one typed error every connector failure becomes. It extends the app-wide
 * `AppError` envelope (code/message/details), so it can cross IPC as a normal
 * failed `Result`, while keeping what the sync engine decides on (kind, retryable,
 * retryAfterMs) and what the UI shows (explanation, action, the server's words).
 *
 * It never contains a credential: it is built from status, parsed body fields and
 * catalogue text only, never from request headers or form fields.
 */
export const ServiceErrorSchema = z.object({
  /** Stable catalogue code, e.g. "questionpro.1010" or "qmob.authentication-failure". */
  code: z.string(),
  /** The plain-language explanation (AppError.message). */
  message: z.string(),
  details: z.array(z.string()).readonly().optional(),
  service: ServiceNameSchema,
  httpStatus: z.number().int().optional(),
  /** Server error id (QuestionPro "1010"), normalised to a string. */
  serverId: z.string().optional(),
  /** Server error name (QuestionPro "UNAUTHORIZED"). */
  serverName: z.string().optional(),
  /** What the server said, verbatim (trimmed; HTML reduced to its title). */
  serverMessage: z.string().optional(),
  kind: ErrorKindSchema,
  retryable: z.boolean(),
  retryAfterMs: z.number().int().nonnegative().optional(),
  target: ErrorTargetSchema.optional(),
  /** What the user should do, e.g. "Check the API key in Settings → Accounts." */
  action: z.string(),
  /** The explanation (message) and action as phrases: the renderer says them in the interface's language. */
  words: ErrorWordsSchema.optional(),
  /** False when the catalogue did not know the message; the UI then shows serverMessage verbatim. */
  known: z.boolean(),
});
export type ServiceError = z.infer<typeof ServiceErrorSchema>;

// Compile-time proof that a ServiceError is a valid AppError.
const _assignable: (e: ServiceError) => AppError = (e) => e;
void _assignable;
