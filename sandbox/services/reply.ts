import type { QuestionProErrorDefinition } from '../../common/questionpro/errors';

/**
 * What a handler wants sent. Handlers never touch the socket: the pipeline renders the reply,
 * and may instead drop the connection (faults) after a `stored` reply.
 */
export type Reply =
  | { kind: 'json'; status: number; body: unknown; stored?: boolean; headers?: Readonly<Record<string, string>> }
  | { kind: 'text'; status: number; text: string }
  | { kind: 'questionpro-error'; error: QuestionProErrorDefinition; headers?: Readonly<Record<string, string>> };

export const jsonReply = (body: unknown, options: { status?: number; stored?: boolean } = {}): Reply => ({
  kind: 'json',
  status: options.status ?? 200,
  body,
  stored: options.stored ?? false,
});

export const textReply = (status: number, text: string): Reply => ({ kind: 'text', status, text });

export const questionProErrorReply = (
  error: QuestionProErrorDefinition,
  headers?: Readonly<Record<string, string>>,
): Reply => (headers ? { kind: 'questionpro-error', error, headers } : { kind: 'questionpro-error', error });
