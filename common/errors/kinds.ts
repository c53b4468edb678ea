import { z } from 'zod';

/**
 * What went wrong, in the terms the sync engine and the UI decide on.
 * `ambiguous-outcome` is special: the request left this machine and we do not
 * know whether the server acted on it, so a blind re-send could duplicate data.
 * `cancelled` is the user (or the app) stopping a request; it is not a failure to report.
 * `account-missing` is Outpost's own: the item's account, or its secret, is no longer on this
 * laptop, so nothing was sent; like a refused credential it holds the account's items until fixed.
 */
export const ERROR_KINDS = [
  'network',
  'timeout',
  'rate-limited',
  'server',
  'auth',
  'permission',
  'not-found',
  'invalid-request',
  'invalid-data',
  'ambiguous-outcome',
  'cancelled',
  'account-missing',
] as const;

export const ErrorKindSchema = z.enum(ERROR_KINDS);
export type ErrorKind = z.infer<typeof ErrorKindSchema>;

export const ServiceNameSchema = z.enum(['questionpro', 'qmob']);
export type ServiceName = z.infer<typeof ServiceNameSchema>;

export const SERVICE_LABELS: Readonly<Record<ServiceName, string>> = {
  questionpro: 'QuestionPro',
  qmob: 'QMob',
};
